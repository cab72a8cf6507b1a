using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Loading;

public sealed class BrokenDefinitionTests
{
    public static TheoryData<string> Files => new(BrokenCorpus.Files);

    [Theory]
    [MemberData(nameof(Files))]
    public void BrokenDefinition_ReportsExactlyItsExpectedErrors(string file)
    {
        var text = File.ReadAllText(Path.Combine(BrokenCorpus.Folder, file));
        var expected = BrokenCorpus.Expectations(text);
        Assert.NotEmpty(expected);

        var result = DefinitionLoader.Load(text, file, BrokenCorpus.Context);

        var unexpected = result.Errors.ToList();
        var missing = new List<BrokenCorpus.Expectation>();
        foreach (var expectation in expected)
        {
            var hit = unexpected.FirstOrDefault(expectation.Matches);
            if (hit is null)
            {
                missing.Add(expectation);
            }
            else
            {
                unexpected.Remove(hit);
            }
        }
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            $"missing:\n  {string.Join("\n  ", missing)}\nunexpected:\n  {string.Join("\n  ", unexpected)}");
        Assert.All(result.Errors, e => Assert.Equal(file, e.File));
        Assert.Null(result.Definition);
    }

    [Fact]
    public void Corpus_CoversAtLeastThirtyChecks()
    {
        Assert.True(BrokenCorpus.Files.Count >= 30, $"only {BrokenCorpus.Files.Count} broken definitions");
    }

    [Fact]
    public void TestOrg_LoadsWithoutErrors()
    {
        Assert.Equal(6, BrokenCorpus.Org.Units.Count);
    }
}
