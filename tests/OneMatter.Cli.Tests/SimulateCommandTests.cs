namespace OneMatter.Cli.Tests;

public class SimulateCommandTests
{
    [Fact]
    public void Simulate_RuralHousing_PrintsTheTimelineAndEndsApproved()
    {
        var (code, output, error) = Cli.Run("simulate", "rural-housing");
        Assert.True(code == 0, error + output);
        foreach (var node in new[] { "accept", "village-opinion", "land", "housing", "homestead", "notice", "approve" })
        {
            Assert.Contains(node, output, StringComparison.Ordinal);
        }
        Assert.Contains("result approved", output, StringComparison.Ordinal);
        Assert.Contains("working days", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_WithScript_FollowsTheCorrectionLoop()
    {
        var script = Path.GetTempFileName();
        try
        {
            File.WriteAllText(script, """
                start: 2026-03-02T09:00:00+08:00
                steps:
                  accept: [ { outcome: correct, after: 2 working hours }, { outcome: accept } ]
                  correction: { after: 3 days }
                """);
            var (code, output, error) = Cli.Run("simulate", "rural-housing", "--script", script);
            Assert.True(code == 0, error + output);
            Assert.Contains("correction", output, StringComparison.Ordinal);
            Assert.Contains("correct", output, StringComparison.Ordinal);
            Assert.Contains("result approved", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public void Simulate_ALateReview_ShowsWarningOverdueAndSupervision()
    {
        var script = Path.GetTempFileName();
        try
        {
            File.WriteAllText(script, "steps:\n  land: { after: 8 working days }\n");
            var (code, output, error) = Cli.Run("simulate", "rural-housing", "--script", script);
            Assert.True(code == 0, error + output);
            Assert.Contains("预警 warn 用地审查 (land)", output, StringComparison.Ordinal);
            Assert.Contains("超期 overdue 用地审查 (land)", output, StringComparison.Ordinal);
            Assert.Contains("督办 supervise 用地审查 (land)", output, StringComparison.Ordinal);
            Assert.Contains("(late)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public void Simulate_ARequiredFieldTheSamplerCannotInvent_StopsWithTheRejectionInsteadOfCrashing()
    {
        // enterprise-change requires a unified social credit code (a pattern field): the sampler
        // cannot make one up, so without a script the start is rejected and the run must say so.
        var (code, output, error) = Cli.Run("simulate", "enterprise-change");
        Assert.NotEqual(0, code);
        Assert.Contains("simulation stopped", error, StringComparison.Ordinal);
        Assert.Contains("StartMatter was rejected", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_BadScript_ReportsLineAndColumn()
    {
        var script = Path.GetTempFileName();
        try
        {
            File.WriteAllText(script, "start: yesterday\nsteps:\n  accept: { outcom: accept }\n");
            var (code, _, error) = Cli.Run("simulate", "rural-housing", "--script", script);
            Assert.Equal(1, code);
            Assert.Contains(script + ":1:8:", error, StringComparison.Ordinal);
            Assert.Contains(script + ":3:13: unknown key \"outcom\"", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public void Simulate_UnknownDefinition_ListsTheKnownOnes()
    {
        var (code, _, error) = Cli.Run("simulate", "no-such-matter");
        Assert.Equal(1, code);
        Assert.Contains("rural-housing", error, StringComparison.Ordinal);
    }
}
