using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>Automatic nodes: a document node issues a document, a notify node sends a message.</summary>
public class DocumentAndNotifyNodeTests
{
    private const string Yaml = """
        id: test
        name: 发证
        name-en: Issuing
        family: approval
        lead: agri
        jurisdiction: form.township
        form:
          - { id: name, label: 申请人, required: true }
          - { id: township, label: 乡镇, type: jurisdiction, level: township, required: true }
        documents:
          permit: { name: 许可证, template: permit, for-applicant: true }
        start: issue
        nodes:
          issue: { type: document, name: 核发许可证, document: permit, next: tell-applicant }
          tell-applicant:
            type: notify
            name: 通知申请人
            to: applicant
            message: "{{ form.name }}，您的许可证已核发。"
            next: tell-centre
          tell-centre:
            type: notify
            name: 报指挥中心
            to: command-centre
            message: "{{ instance.id }} 已发证"
            next: tell-lead
          tell-lead: { type: notify, name: 告知牵头单位, to: lead, message: "已发证", next: tell-fire }
          tell-fire: { type: notify, name: 抄送消防, to: fire, message: "请知悉", next: done }
          done: { type: end, name: 办结, result: approved }
        """;

    private static MatterHarness Run()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(new Dictionary<string, string?> { ["name"] = "张三", ["township"] = "east" });
        return h;
    }

    [Fact]
    public void DocumentNode_IssuesTheDocumentAndAsksForItToBeRendered()
    {
        var h = Run();

        var issued = Assert.Single(h.EventsOf<DocumentIssued>());
        Assert.Equal(("permit", "permit", "issue"), (issued.Document, issued.Template, issued.Node));
        Assert.StartsWith("M1-D", issued.Number, StringComparison.Ordinal);
        var render = Assert.Single(h.Effects.OfType<RenderDocument>());
        Assert.Equal((issued.Number, "permit", "permit", "M1"), (render.Number, render.Document, render.Template, render.InstanceId));
        Assert.Equal(issued.Number, Assert.Single(h.State!.Documents));
    }

    [Fact]
    public void NotifyNode_ToTheApplicant_SendsTheRenderedMessage()
    {
        var h = Run();

        var sent = h.EventsOf<NotificationSent>().First(n => n.Node == "tell-applicant");
        Assert.Equal(("alice", "张三，您的许可证已核发。"), (sent.To, sent.Message));
        Assert.Contains(h.Effects.OfType<Notify>(), n =>
            n.Recipient == RecipientKind.Applicant && n.To == "alice" && n.Kind == NotificationKind.Message && n.Message == "张三，您的许可证已核发。");
    }

    [Theory]
    [InlineData("tell-centre", "command", "M1 已发证")]
    [InlineData("tell-lead", "agri", "已发证")]
    [InlineData("tell-fire", "fire", "请知悉")]
    public void NotifyNode_ToAUnit_SendsTheRenderedMessageToThatUnit(string node, string unit, string message)
    {
        var h = Run();

        var sent = h.EventsOf<NotificationSent>().Single(n => n.Node == node);
        Assert.Equal((unit, message), (sent.To, sent.Message));
        Assert.Contains(h.Effects.OfType<Notify>(), n =>
            n.Recipient == RecipientKind.Unit && n.To == unit && n.Kind == NotificationKind.Message && n.Message == message);
    }

    [Fact]
    public void AutomaticNodes_RunInOneCommandThroughToTheEnd()
    {
        var h = Run();
        Assert.Equal(EndResult.Approved, h.State!.Result);
        Assert.Equal(4, h.EventsOf<NotificationSent>().Count());
        Assert.Equal(["issue", "tell-applicant", "tell-centre", "tell-lead", "tell-fire"],
            h.EventsOf<TokenMoved>().Where(m => m.From is not null).Select(m => m.From));
    }
}
