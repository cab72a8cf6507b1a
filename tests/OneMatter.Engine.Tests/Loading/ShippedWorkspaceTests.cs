using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Loading;

/// <summary>The repository's own <c>workflows/</c> and <c>templates/</c> load the way the server
/// and the CLI load them.</summary>
public sealed class ShippedWorkspaceTests
{
    [Fact]
    public void ShippedWorkspace_LoadsWithoutErrors()
    {
        var result = Workspace.Load(Repository.Workflows, Repository.Templates);

        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
        Assert.Equal(Repository.Definitions.Count, result.Definitions.Count);
        Assert.Contains("cn-mainland", result.Calendars.Keys);
        Assert.NotEmpty(result.Org.Units);
    }

    [Fact]
    public void ShippedDefinitions_GiveEveryStepOneEnglishName()
    {
        var result = Workspace.Load(Repository.Workflows, Repository.Templates);

        foreach (var definition in result.Definitions.Values)
        {
            var stepped = definition.Nodes.Values.Where(n => n.Step is not null).ToList();
            Assert.All(stepped, n => Assert.False(string.IsNullOrWhiteSpace(n.StepEn), $"{definition.Id}: node {n.Id} has step {n.Step} without step-en"));
            // One step reads the same in English on every node of it, or the status page would show two.
            Assert.All(stepped.GroupBy(n => n.Step), g => Assert.Single(g.Select(n => n.StepEn).Distinct(StringComparer.Ordinal)));
        }
    }
}
