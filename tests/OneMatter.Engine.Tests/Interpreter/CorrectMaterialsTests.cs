using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>补正: the applicant corrects materials while the legal clock stands still.</summary>
public class CorrectMaterialsTests
{
    private const string Yaml = """
        id: test
        name: 补正测试
        name-en: Correction test
        family: approval
        lead: agri
        jurisdiction: form.township
        deadline: 15 working days
        escalation:
          - { at: 80%, do: warn }
          - { at: 100%, do: overdue }
        form:
          - { id: name, label: 申请人, required: true }
          - { id: township, label: 乡镇, type: jurisdiction, level: township, required: true }
          - { id: area, label: 面积, type: number, min: 1, max: 500 }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: east-window
            outcomes: { accept: done, correct: correction }
          correction:
            type: applicant-task
            name: 补正材料
            pauses-clock: true
            fields: [area, name]
            timeout: { after: 30 days, next: lapsed }
            next: accept
          done: { type: end, name: 受理完成, result: approved }
          lapsed: { type: end, name: 逾期未补正, result: withdrawn }
        """;

    private static readonly Actor Alice = Actor.ApplicantAccount("alice");

    private static MatterHarness InCorrection(string yaml = Yaml)
    {
        var h = MatterHarness.For(yaml);
        h.Start(new Dictionary<string, string?> { ["name"] = "张三", ["township"] = "east", ["area"] = "120" });
        h.Advance(TimeSpan.FromHours(1));
        h.Complete("accept", "correct");
        return h;
    }

    private static CorrectMaterials Correct(MatterHarness h, Dictionary<string, string?> changes, Actor? actor = null) =>
        new() { Actor = actor ?? Alice, TaskId = h.Task("correction").Id, Changes = changes };

    [Fact]
    public void Correct_ByTheApplicant_ChangesTheFormAndGoesBackToAcceptance()
    {
        var h = InCorrection();
        Assert.True(h.Task("correction").ForApplicant);
        Assert.Equal("alice", h.Task("correction").Items.Single().Applicant);
        var timeout = h.State!.Timers.Single(t => t.Task == h.Task("correction").Id).Id;

        h.Must(Correct(h, new() { ["area"] = " 200 " }));

        var corrected = Assert.Single(h.EventsOf<MaterialsCorrected>());
        Assert.Equal("200", corrected.Changes["area"]);
        Assert.Equal("200", h.State!.Form["area"]);
        Assert.Equal("张三", h.State.Form["name"]);
        Assert.False(h.IsOpen("correction"));
        Assert.True(h.IsOpen("accept"));
        // Its timeout is withdrawn with it.
        Assert.DoesNotContain(h.State.Timers, t => t.Task is not null);
        Assert.Contains(h.Last!.Effects.OfType<CancelTimer>(), c => c.TimerId == timeout);
    }

    [Fact]
    public void Correct_ClearingAnOptionalValue_RemovesItFromTheForm()
    {
        var h = InCorrection();
        h.Must(Correct(h, new() { ["area"] = "" }));
        Assert.False(h.State!.Form.ContainsKey("area"));
    }

    [Fact]
    public void Correct_ByAnotherApplicant_IsNotTheirs()
    {
        var h = InCorrection();
        h.Refused(Correct(h, new() { ["area"] = "200" }, Actor.ApplicantAccount("mallory")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Correct_ByAnOfficer_IsNotTheirs()
    {
        var h = InCorrection();
        h.Refused(Correct(h, new() { ["area"] = "200" }, MatterHarness.Officer("east-window")), RejectionCode.NotYourTask);
    }

    [Fact]
    public void Correct_FieldThisCorrectionDoesNotOpen_RefusedNamingIt()
    {
        var h = InCorrection();
        var rejection = h.Refused(Correct(h, new() { ["area"] = "200", ["township"] = "west" }), RejectionCode.InvalidField);
        Assert.Equal("township", rejection.Field);
        Assert.Equal("east", h.State!.Form["township"]);
    }

    [Fact]
    public void Correct_InvalidValue_IsValidatedAgain()
    {
        var h = InCorrection();
        Assert.Equal("area", h.Refused(Correct(h, new() { ["area"] = "9999" }), RejectionCode.InvalidField).Field);
    }

    [Fact]
    public void Correct_ClearingARequiredValue_IsRefused()
    {
        var h = InCorrection();
        Assert.Equal("name", h.Refused(Correct(h, new() { ["name"] = " " }), RejectionCode.InvalidField).Field);
    }

    [Fact]
    public void Correct_OnAnOfficersTask_IsNotAllowed()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(new Dictionary<string, string?> { ["name"] = "张三", ["township"] = "east" });
        var command = new CorrectMaterials { Actor = Alice, TaskId = h.Task("accept").Id, Changes = new Dictionary<string, string?> { ["area"] = "5" } };
        h.Refused(command, RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Complete_TheApplicantsCorrectionByAnOfficer_IsNotAllowed()
    {
        var h = InCorrection();
        var command = new CompleteTask { Actor = MatterHarness.Officer("east-window"), TaskId = h.Task("correction").Id, Outcome = "accept" };
        h.Refused(command, RejectionCode.NotAllowedInState);
    }

    [Fact]
    public void Correct_PausesTheLegalClock_DueMovesByTheWorkingTimeSpentCorrecting()
    {
        var h = InCorrection();
        var before = h.State!.MatterDeadline!;
        // Mon 2026-03-02 09:00 + 15 working days.
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 17, 30, 0, TimeSpan.FromHours(8)), before.Due);
        var paused = Assert.Single(h.EventsOf<ClockPaused>());
        Assert.Equal(MatterHarness.Calendar.WorkingTimeBetween(h.Clock.GetUtcNow(), before.Due), paused.Remaining);
        Assert.NotNull(before.PausedRemaining);

        // Corrected at Tue 2026-03-10 10:00: six working days after Mon 03-02 10:00, across a weekend.
        h.Advance(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8)) - h.Clock.GetUtcNow());
        h.Must(Correct(h, new() { ["area"] = "200" }));

        var resumed = Assert.Single(h.EventsOf<ClockResumed>());
        var expected = new DateTimeOffset(2026, 3, 31, 17, 30, 0, TimeSpan.FromHours(8));
        Assert.Equal(expected, resumed.Due);
        Assert.Equal(expected, h.State!.MatterDeadline!.Due);
        Assert.Null(h.State.MatterDeadline.PausedRemaining);
        Assert.Contains(h.Last!.Effects.OfType<ScheduleTimer>(), s => h.State.Timers.Any(t => t.Id == s.TimerId && t.Deadline == h.State.MatterDeadline.Id));
    }

    [Fact]
    public void Correct_WhileTheClockIsStopped_TheMatterDeadlineDoesNotEscalate()
    {
        var h = InCorrection();
        h.Advance(TimeSpan.FromDays(25));
        Assert.Empty(h.EventsOf<DeadlineEscalated>());
        Assert.DoesNotContain(h.State!.Timers, t => t.Deadline is not null);

        h.Must(Correct(h, new() { ["area"] = "200" }));
        h.Advance(TimeSpan.FromDays(10));
        Assert.Empty(h.EventsOf<DeadlineEscalated>());
        h.Advance(TimeSpan.FromDays(30));
        Assert.Equal(
            [EscalationAction.Warn, EscalationAction.Overdue],
            h.EventsOf<DeadlineEscalated>().Select(e => e.Action).ToArray());
    }

    [Fact]
    public void Correct_WhenTheStepDoesNotPauseTheClock_TheDueStaysPut()
    {
        var h = InCorrection(Yaml.Replace("pauses-clock: true", "pauses-clock: false", StringComparison.Ordinal));
        var due = h.State!.MatterDeadline!.Due;
        h.Advance(TimeSpan.FromDays(3));
        h.Must(Correct(h, new() { ["area"] = "200" }));

        Assert.Empty(h.EventsOf<ClockPaused>());
        Assert.Empty(h.EventsOf<ClockResumed>());
        Assert.Equal(due, h.State!.MatterDeadline!.Due);
    }

    [Fact]
    public void Correction_NotAnsweredInTime_TimesOut()
    {
        var h = InCorrection();
        h.Advance(TimeSpan.FromDays(31));
        Assert.Equal(EndResult.Withdrawn, h.State!.Result);
        Assert.Equal("lapsed", h.EventsOf<MatterEnded>().Single().Node);
    }

    [Fact]
    public void Correct_AfterThePause_TheWarningFallsAtEightyPercentOfTheShiftedDeadline()
    {
        var h = InCorrection();
        h.Advance(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8)) - h.Clock.GetUtcNow());
        h.Must(Correct(h, new() { ["area"] = "200" }));

        h.Advance(TimeSpan.FromDays(40));

        // 111.5 office hours in all, 80 % = 89.2 h: one hour used before the pause, the rest from
        // Tue 03-10 10:00 runs to Thu 03-26 16:12 (the unpaused point, Wed 03-18 16:12, six working days on).
        var warn = h.EventsOf<DeadlineEscalated>().Single(e => e.Action == EscalationAction.Warn);
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 16, 12, 0, TimeSpan.FromHours(8)), warn.At);
        var overdue = h.EventsOf<DeadlineEscalated>().Single(e => e.Action == EscalationAction.Overdue);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 17, 30, 0, TimeSpan.FromHours(8)), overdue.At);
    }
}
