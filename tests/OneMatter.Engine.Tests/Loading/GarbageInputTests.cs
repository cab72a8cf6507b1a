using System.Text;
using FsCheck.Xunit;
using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Loading;

/// <summary>Whatever a file holds, loading reports errors and never throws: a bad definition
/// must not take the server down.</summary>
public sealed class GarbageInputTests
{
    private static IReadOnlyList<LoadError> Load(string text) =>
        DefinitionLoader.Load(text, "garbage.yaml", BrokenCorpus.Context).Errors;

    public static TheoryData<string, string> Garbage => new()
    {
        { "empty", "" },
        { "whitespace", "   \n\t\n  " },
        { "only comments", "# nothing here\n# at all\n" },
        { "top-level list", "- a\n- b\n" },
        { "top-level scalar", "just some words" },
        { "top-level number", "42" },
        { "null document", "~" },
        { "nul characters", "id: x\0\0\0\nname: y" },
        { "byte order mark", "\uFEFFid: garbage\n" },
        { "binary junk", Junk(4096, seed: 7) },
        { "deeply nested flow lists", new string('[', 20_000) + new string(']', 20_000) },
        { "deeply nested flow maps", string.Concat(Enumerable.Repeat("{a: ", 5_000)) + "1" + new string('}', 5_000) },
        { "deeply nested block maps", string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "a:\n")) },
        { "deeply nested block lists", string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "-\n")) },
        { "unclosed everything", "nodes: { a: [ \"x, 'y" },
        { "undefined alias", "id: *nowhere\n" },
        { "self-referencing anchor", "a: &x [ *x ]\n" },
        { "many documents", "id: a\n---\nid: b\n---\nid: c\n" },
        { "tabs for indentation", "nodes:\n\taccept:\n\t\ttype: task\n" },
        { "complex keys", "? [a, b]\n: c\n" },
        { "nodes as numbers", "id: garbage\nnodes: { 1: 2, 3: [4], 5: { 6: 7 } }\nstart: 1\n" },
        { "wrong shapes everywhere", "id: [garbage]\nname: {a: b}\nform: {a: b}\ndocuments: [a]\nescalation: {a: b}\nnodes: [a]\npartners: x\n" },
        { "node of every type and no keys", "nodes: { a: { type: task }, b: { type: applicant-task }, c: { type: parallel }, d: { type: join }, e: { type: decision }, f: { type: timer }, g: { type: document }, h: { type: notify }, i: { type: call }, j: { type: end } }\n" },
        { "node keys of the wrong shapes", "nodes: { a: { type: task, name: [x], assignee: [x], signers: x, outcomes: [x], fields: x, timeout: x, escalation: x, sign: [x] }, b: { type: parallel, branches: [[x], {}, ~], join: [x] }, c: { type: call, inputs: [x], results: [x], matter: {} } }\n" },
        { "huge numbers", "id: garbage\nversion: 99999999999999999999999\nform: [ { id: a, label: b, type: number, min: 1e999999, max: -1e999999 } ]\n" },
        { "huge scalar", "id: " + new string('x', 1_000_000) },
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_IsReportedNeverThrown(string name, string text)
    {
        var errors = Load(text);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("garbage.yaml", e.File));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message), name));
    }

    [Fact]
    public void EmptyFile_SaysSo()
    {
        var error = Assert.Single(Load(""));

        Assert.Equal(new LoadError("garbage.yaml", 1, 1, "the file is empty"), error);
    }

    [Fact]
    public void TopLevelList_SaysTheDefinitionMustBeAMap()
    {
        var error = Assert.Single(Load("- a\n- b\n"));

        Assert.Equal("garbage.yaml:1:1: the definition must be a map of keys, not a list", error.ToString());
    }

    [Fact]
    public void DeepNesting_IsRefusedWithAPosition()
    {
        var error = Assert.Single(Load(new string('[', 1000)));

        Assert.Contains("nested more than 64 levels deep", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
        Assert.Equal(65, error.Column);
    }

    [Property(MaxTest = 300)]
    public bool RandomText_NeverThrows(string text)
    {
        _ = Load(text ?? "");
        return true;
    }

    [Property(MaxTest = 300)]
    public bool ValidDefinitionWithARandomCut_NeverThrows(int start, int length)
    {
        var text = Samples.Full;
        var from = Math.Abs(start % text.Length);
        var count = Math.Min(Math.Abs(length % 200), text.Length - from);
        _ = Load(text.Remove(from, count));
        return true;
    }

    [Property(MaxTest = 300)]
    public bool ValidDefinitionWithARandomInsertion_NeverThrows(int at, string insert)
    {
        var text = Samples.Full;
        _ = Load(text.Insert(Math.Abs(at % text.Length), insert ?? ""));
        return true;
    }

    private static string Junk(int length, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }
}
