using FsCheck;
using FsCheck.Fluent;

namespace OneMatter.Engine.Tests.Properties;

/// <summary>The FsCheck generator of walks: up to the test size (100) choices in 0..9999;
/// shrinks by cutting the walk short and by dropping single steps.</summary>
public static class WalkArbitrary
{
    public static Arbitrary<Walk> Walks() =>
        Arb.From(Gen.Choose(0, 9999).ArrayOf().Select(c => new Walk(c)), Shrink);

    private static IEnumerable<Walk> Shrink(Walk walk)
    {
        var c = walk.Choices;
        if (c.Length == 0)
        {
            yield break;
        }
        yield return new Walk(c[..(c.Length / 2)]);
        yield return new Walk(c[..^1]);
        for (var i = 0; i < c.Length - 1; i++)
        {
            yield return new Walk([.. c[..i], .. c[(i + 1)..]]);
        }
    }
}
