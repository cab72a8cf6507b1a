using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Simulation;
using OneMatter.Engine.Tests.Matters;

namespace OneMatter.Engine.Tests.Simulation;

/// <summary>The comparison the CLI's <c>compare</c> and the designer's comparison share: legacy
/// against reformed rural housing on one script.</summary>
public sealed class SimulationComparisonTests
{
    private static MatterSimulator Simulator()
    {
        var workspace = MatterRun.Workspace;
        return new MatterSimulator(new MatterEngine(workspace.Org, workspace.Calendars), workspace.Calendars,
            id => workspace.Definitions.GetValueOrDefault(id));
    }

    [Fact]
    public void LegacyAgainstReformed_TheReformIsTheFasterWithFewerApplicantSteps()
    {
        var definitions = MatterRun.Workspace.Definitions;
        var comparison = SimulationComparison.Run(Simulator(), definitions["rural-housing-legacy"], definitions["rural-housing"],
            new SimulationScript());

        Assert.True(comparison.Complete, comparison.First.Stopped ?? comparison.Second.Stopped);
        Assert.Equal("rural-housing-legacy", comparison.First.Definition.Id);
        Assert.Same(comparison.Second, comparison.Faster);
        Assert.Same(comparison.First, comparison.Slower);
        Assert.Equal(comparison.Second.WorkingDays - comparison.First.WorkingDays, comparison.Difference, 6);
        Assert.True(comparison.Difference < 0);
        Assert.InRange(comparison.Speedup!.Value, 3, 10);
        Assert.Equal(1 / comparison.Speedup.Value, comparison.Share!.Value, 6);
        Assert.Equal(7, comparison.First.ApplicantSteps);
        Assert.Equal(3, comparison.Second.ApplicantSteps);
        Assert.Equal(comparison.Second.Timeline.Count, comparison.Second.StepCount);
        Assert.True(comparison.First.HolderCount > 1);
    }

    [Fact]
    public void TimelineEntries_NameTheirUnitsOneByOne()
    {
        var result = Simulator().Run(MatterRun.Workspace.Definitions["rural-housing"], new SimulationScript());

        var unitRows = result.Timeline.Where(e => e.Units.Count > 0).ToList();
        Assert.NotEmpty(unitRows);
        Assert.All(unitRows, e => Assert.Equal(string.Join("、", e.Units), e.Holder));
        Assert.All(result.Timeline.Where(e => e.Units.Count == 0), e => Assert.Matches("申请人|系统", e.Holder));
    }

    [Fact]
    public void ScriptParser_AKeyThatIsNotAScalar_IsAnErrorNotACrash()
    {
        var (script, errors) = SimulationScriptParser.Parse("? [start, form]\n: 1\n", "script.yaml");

        Assert.Null(script);
        var error = Assert.Single(errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("unknown key", error.Message, StringComparison.Ordinal);
    }
}
