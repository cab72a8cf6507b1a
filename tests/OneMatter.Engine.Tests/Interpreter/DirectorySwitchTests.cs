using OneMatter.Engine.Calendar;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>
/// An administrator adds next year's holidays (or edits the org directory) while the engine runs:
/// <see cref="MatterEngine.Switch"/> swaps the org directory and calendars as one pair. Commands
/// decided after the switch count on the new calendar; deadlines already computed stay as they are,
/// because they are part of the instance's state.
/// </summary>
public class DirectorySwitchTests
{
    private const string Yaml = """
        id: test
        name: 切换测试
        name-en: Switch test
        family: approval
        lead: agri
        jurisdiction: form.township
        deadline: 10 working days
        form:
          - { id: township, label: 乡镇, type: jurisdiction, level: township, required: true }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: east-window
            deadline: 3 working days
            outcomes: { accept: review }
          review:
            type: task
            name: 审查
            assignee: land
            deadline: 2 working days
            outcomes: { pass: done }
          done: { type: end, name: 办结, result: approved }
        """;

    /// <summary>The shipped calendar plus a 2027 block with New Year's Day (Fri 1 Jan) off.</summary>
    private const string Year2027 = """

          2027:
            holidays:
              - { name: 元旦 New Year, from: 2027-01-01, to: 2027-01-03 }
            working-weekends: []

        """;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset MondayBeforeNewYear = new(2026, 12, 28, 9, 0, 0, China);

    private static BusinessCalendar With2027()
    {
        var path = Path.Combine(MatterHarness.RepoRoot(), "workflows", "calendars", "cn-mainland.yaml");
        var parsed = CalendarParser.Parse(File.ReadAllText(path).TrimEnd() + "\n" + Year2027, path);
        Assert.Empty(parsed.Errors);
        return new BusinessCalendar(parsed.Calendar!);
    }

    private static Dictionary<string, BusinessCalendar> Calendars(BusinessCalendar calendar) => new() { ["cn-mainland"] = calendar };

    private static readonly Dictionary<string, string?> Form = new() { ["township"] = "east" };

    [Fact]
    public void CommandsAfterTheSwitch_CountOnTheNewCalendar_DeadlinesAlreadySetStay()
    {
        var h = MatterHarness.For(Yaml, MondayBeforeNewYear);
        h.Start(Form);
        // Without 2027 data the limit skips weekends only and is flagged: 10 working days from
        // Mon 28 Dec counts Fri 1 Jan and falls due Mon 11 Jan.
        var before = h.State!.MatterDeadline!;
        Assert.Equal((new DateTimeOffset(2027, 1, 11, 17, 30, 0, China), true), (before.Due, before.Estimated));

        h.Engine.Switch(TestOrg.Directory, Calendars(With2027()));

        // Another matter started now skips New Year's Day and is no longer an estimate.
        var second = h.Engine.Handle(h.Definition, null,
            new StartMatter { Actor = Actor.ApplicantAccount("bob"), InstanceId = "M2", Form = Form, QueryCode = "Q2" }, h.Clock.GetUtcNow());
        Assert.True(second.Applied);
        Assert.Equal((new DateTimeOffset(2027, 1, 12, 17, 30, 0, China), false), (second.State!.MatterDeadline!.Due, second.State.MatterDeadline.Estimated));

        // The first matter keeps the deadline it was given; its next task, decided after the
        // switch (Thu 31 Dec), gets 2 working days on the new calendar: Mon 4 and Tue 5 Jan.
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 9, 0, 0, China));
        h.Complete("accept", "accept");
        Assert.Equal(before, h.State!.MatterDeadline);
        var review = h.State.Deadlines.Single(d => d.Id == h.Task("review").Deadline);
        Assert.Equal((new DateTimeOffset(2027, 1, 5, 17, 30, 0, China), false), (review.Due, review.Estimated));
    }

    [Fact]
    public async Task TheOrgDirectory_SwitchesToo_AndAReaderNeverSeesHalfOfEach()
    {
        var oldCalendar = MatterHarness.Calendar;
        var newCalendar = With2027();
        var renamed = new OrgDirectory(TestOrg.Directory.Jurisdictions,
            TestOrg.Directory.Units.Select(u => u.Id == "agri" ? u with { Name = "农业农村局（新）" } : u).ToList());
        var engine = new MatterEngine(TestOrg.Directory, Calendars(oldCalendar));

        engine.Switch(renamed, Calendars(newCalendar));
        Assert.Equal("农业农村局（新）", engine.Org.FindUnit("agri")!.Name);
        Assert.Same(newCalendar, engine.Calendars["cn-mainland"]);

        // One thread flips between the old pair and the new one; readers of Current must always
        // get a matching pair.
        using var stop = new CancellationTokenSource();
        var flipper = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                if (i % 2 == 0)
                {
                    engine.Switch(TestOrg.Directory, Calendars(oldCalendar));
                }
                else
                {
                    engine.Switch(renamed, Calendars(newCalendar));
                }
            }
        });
        try
        {
            for (var i = 0; i < 200_000; i++)
            {
                var (org, calendars) = engine.Current;
                Assert.Equal(ReferenceEquals(org, renamed), ReferenceEquals(calendars["cn-mainland"], newCalendar));
            }
        }
        finally
        {
            stop.Cancel();
        }
        await flipper;
    }
}
