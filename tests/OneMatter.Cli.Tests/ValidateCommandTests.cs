namespace OneMatter.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_ShippedWorkflows_AllValidExitZero()
    {
        var (code, output, error) = Cli.Run("validate");
        Assert.True(code == 0, error);
        Assert.Contains("definition(s) valid", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Validate_GivenFiles_ChecksThoseFiles()
    {
        var (code, output, error) = Cli.Run("validate", Path.Combine(Cli.Workflows, "rural-housing.yaml"), Path.Combine(Cli.Workflows, "rural-housing-legacy.yaml"));
        Assert.True(code == 0, error);
        Assert.Contains("2 definition(s) valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenFile_PrintsFileLineColumnAndExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("onematter-cli-");
        try
        {
            var path = Path.Combine(folder.FullName, "broken.yaml");
            File.WriteAllText(path, """
                id: broken
                name: 坏的
                name-en: Broken
                family: approval
                lead: cs-agriculture
                start: first
                nodes:
                  first: { type: task, name: 第一步, assignee: cs-agriculture, deadlin: 2 days, outcomes: { ok: done } }
                  done: { type: end, name: 结束, result: approved }
                """);
            var (code, _, error) = Cli.Run("validate", path, "--workflows", Cli.Workflows);
            Assert.Equal(1, code);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith(path + ":8:", line, StringComparison.Ordinal);
            Assert.Contains("deadlin", line, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Validate_MissingFile_ReportsItAndExitsOne()
    {
        var (code, _, error) = Cli.Run("validate", "/no/such/matter.yaml");
        Assert.Equal(1, code);
        Assert.Contains("/no/such/matter.yaml:1:1: file not found", error, StringComparison.Ordinal);
    }
}
