using System.Globalization;

namespace OneMatter.Engine.Tests.Properties;

/// <summary>A random walk through a matter: one choice per step, each picking among the commands
/// possible at that step (see <see cref="MatterWalk"/>). Printed as its choices so a failure
/// FsCheck reports can be read and replayed.</summary>
public sealed record Walk(int[] Choices)
{
    public override string ToString() =>
        "Walk [" + string.Join(", ", Choices.Select(c => c.ToString(CultureInfo.InvariantCulture))) + "]";
}
