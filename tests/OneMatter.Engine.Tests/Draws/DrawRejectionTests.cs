using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Draws;

/// <summary>Too few candidates where the draw is made: the command is rejected, nothing is drawn.</summary>
public sealed class DrawRejectionTests
{
    [Fact]
    public void TooFewEntitiesInTheArea_RejectsTheCommand()
    {
        // 天马街道 has no mining enterprise; the county has five.
        var definition = DrawRig.Load(DrawRig.Yaml(1, "mining", 1, "cs-emergency"));

        var result = DrawRig.Start(definition, "CS-2026-0200", "tianma");

        Assert.False(result.Applied);
        Assert.Equal(RejectionCode.NotAllowedInState, result.Rejection!.Code);
        Assert.Contains("检查对象不足", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Contains("0 entities in tianma", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void TheSameDraw_SucceedsCountyWide()
    {
        var definition = DrawRig.Load(DrawRig.Yaml(1, "mining", 1, "cs-emergency"));

        Assert.Single(DrawRig.Draw(definition, "CS-2026-0201").Entities);
    }

    [Fact]
    public void AnAreaThatIsNoPlace_RejectsTheCommand()
    {
        var result = DrawRig.Start(DrawRig.Default, "CS-2026-0202", "atlantis");

        Assert.Equal(RejectionCode.ExpressionFailed, result.Rejection!.Code);
        Assert.Contains("atlantis", result.Rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooFewInspectorsOnceConflictsAreLeftOut_RejectsTheCommand()
    {
        // Draw every western mining/chemicals enterprise, and every inspector of cs-emergency:
        // insp-emg-02 must step aside for 辉埠钙业 (回避), leaving three of four.
        var definition = DrawRig.Load(DrawRig.Yaml(5, "mining, chemicals", 4, "cs-emergency"));

        var result = DrawRig.Start(definition, "CS-2026-0203", "zone-west");

        Assert.False(result.Applied);
        Assert.Contains("执法检查人员不足", result.Rejection!.Message, StringComparison.Ordinal);
    }
}
