using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Matters;

/// <summary>双随机、一公开 (random-inspection.yaml): plan → draw → joint inspection → review →
/// published results listing the drawn enterprises and inspectors.</summary>
public sealed class RandomInspectionMatterTests
{
    [Fact]
    public void HappyPath_DrawsInTheZone_InspectsOnce_AndPublishesTheDraw()
    {
        var run = new MatterRun("random-inspection").Start(new Dictionary<string, string?>
        {
            ["plan_name"] = "2026年第一季度工矿企业双随机抽查",
            ["area"] = "zone-east",
        });
        Assert.Equal(["plan"], run.Open);
        Assert.Equal("cs-enforcement", run.Task("plan").Items.Single().Unit);

        run.Complete("plan", "approve");

        var draw = Assert.Single(run.EventsOf<DrawMade>());
        Assert.True(DrawReplay.Verify(draw));
        Assert.Equal("zone-east", draw.Area);
        Assert.Equal(3, draw.Entities.Length);
        Assert.All(draw.Entities, e => Assert.Contains(e.Township, (string[])["zhaoxian", "baishi"]));
        Assert.Equal(5, draw.Inspectors.Length);
        var announce = Assert.Single(run.EventsOf<NotificationSent>(), n => n.Node == "announce");
        Assert.All(draw.Entities, e => Assert.Contains(e.Name, announce.Message, StringComparison.Ordinal));
        Assert.Contains(draw.Seed, announce.Message, StringComparison.Ordinal);
        Assert.Equal(["inspect"], run.Open);

        run.Complete("inspect", "problems", new Dictionary<string, string?> { ["problems"] = "2", ["findings"] = "消防通道堵塞；危化品台账不全" });
        run.Complete("review", "publish");

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Equal("done", run.EndNode);
        Assert.Equal(["inspection-results"], run.Issued);
        var html = run.Documents.Single().Html;
        Assert.All(draw.Entities, e => Assert.Contains(e.Name, html, StringComparison.Ordinal));
        Assert.All(draw.Inspectors, i => Assert.Contains(i.Certificate, html, StringComparison.Ordinal));
        Assert.Contains(draw.Seed, html, StringComparison.Ordinal);
        Assert.Contains("东部片区", html, StringComparison.Ordinal);
        Assert.Contains("常山县消防救援大队", html, StringComparison.Ordinal); // unit names, not ids
        Assert.Contains("发现问题 2 项", html, StringComparison.Ordinal);
        var centre = Assert.Single(run.EventsOf<NotificationSent>(), n => n.Node == "tell-centre");
        Assert.Equal("cs-command-centre", centre.To);
    }

    [Fact]
    public void WholeCounty_WhenNoZoneIsGiven()
    {
        var run = new MatterRun("random-inspection").Start(new Dictionary<string, string?> { ["area"] = "" });

        run.Complete("plan", "approve");

        var draw = Assert.Single(run.EventsOf<DrawMade>());
        Assert.Null(draw.Area);
        Assert.True(draw.EntityCandidates.Length >= 20);
    }

    [Fact]
    public void ReviewSendsItBack_TheDrawStands()
    {
        var run = new MatterRun("random-inspection").Start(new Dictionary<string, string?> { ["area"] = "zone-west" });
        run.Complete("plan", "approve");

        run.Drive(new Dictionary<string, string[]> { ["review"] = ["redo", "publish"] });

        Assert.Equal(EndResult.Closed, run.State!.Result);
        Assert.Single(run.EventsOf<DrawMade>()); // 补查 re-inspects the same enterprises
        Assert.Equal(2, run.Completed.Count(n => n == "inspect"));
    }

    [Fact]
    public void CancelledPlan_DrawsNothing()
    {
        var run = new MatterRun("random-inspection").Start();

        run.Complete("plan", "cancel");

        Assert.Equal(EndResult.Withdrawn, run.State!.Result);
        Assert.Empty(run.EventsOf<DrawMade>());
    }
}
