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
}
