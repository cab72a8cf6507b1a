using OneMatter.Engine.Definitions;
using OneMatter.Engine.Documents;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Tests.Loading;

namespace OneMatter.Engine.Tests.Matters;

/// <summary>What every matter of the catalogue must have, and the deadline policy run on fake time.</summary>
public sealed class CatalogueTests
{
    [Theory]
    [MemberData(nameof(Catalogue.AllMatters), MemberType = typeof(Catalogue))]
    public void Definition_ValidatesWithNoErrors(string matter)
    {
        var file = matter + ".yaml";
        Assert.True(File.Exists(Path.Combine(Repository.Workflows, file)), file);

        var errors = MatterRun.Workspace.Errors.Where(e => e.ToString().Contains(file, StringComparison.Ordinal)).ToList();

        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.Contains(matter, MatterRun.Workspace.Definitions.Keys);
    }

    [Theory]
    [MemberData(nameof(Catalogue.AllMatters), MemberType = typeof(Catalogue))]
    public void Definition_HasEnglishNamesStepsDeadlinesAndTheEscalationPolicy(string matter)
    {
        var definition = MatterRun.Workspace.Definitions[matter];

        Assert.False(string.IsNullOrWhiteSpace(definition.NameEn));
        Assert.NotNull(definition.Deadline);
        Assert.Equal(DurationUnit.WorkingDays, definition.Deadline!.Value.Unit);
        Assert.Equal(
            [(80, EscalationAction.Warn, null, null), (100, EscalationAction.Overdue, null, null), (100, EscalationAction.Supervise, "cs-command-centre", "supervision-notice")],
            definition.Escalation.Select(r => (r.Percent, r.Action, r.To, r.Document)).ToArray());
        Assert.False(definition.Documents["supervision-notice"].ForApplicant, $"{matter}: the 督办单 is for the units, not the applicant");
        Assert.Equal(Catalogue.Approval.Contains(matter) ? MatterFamily.Approval
            : Catalogue.Enforcement.Contains(matter) ? MatterFamily.Enforcement
            : Catalogue.Dispute.Contains(matter) ? MatterFamily.Dispute : MatterFamily.Safety, definition.Family);
        foreach (var node in definition.Nodes.Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(node.NameEn), $"{matter}: node {node.Id} has no name-en");
            Assert.False(string.IsNullOrWhiteSpace(node.Step), $"{matter}: node {node.Id} has no applicant-visible step");
            if (node is TaskNode task)
            {
                Assert.True(task.Deadline is not null, $"{matter}: task {node.Id} has no deadline");
                Assert.All(task.Outcomes, o => Assert.False(string.IsNullOrWhiteSpace(o.LabelEn), $"{matter}: {node.Id}.{o.Id} has no label-en"));
            }
        }
        foreach (var field in definition.Form)
        {
            Assert.False(string.IsNullOrWhiteSpace(field.LabelEn), $"{matter}: form field {field.Id} has no label-en");
        }
        Assert.All(definition.Documents.Values, d => Assert.False(string.IsNullOrWhiteSpace(d.NameEn)));
        // every unit named exists in the org directory
        foreach (var unit in definition.Partners.Append(definition.Lead))
        {
            Assert.True(MatterRun.Workspace.Org.FindUnit(unit) is not null || MatterRun.Workspace.Org.Units.Any(u => u.Kind == unit),
                $"{matter}: {unit} is neither a unit nor a unit kind");
        }
    }

    /// <summary>The happy path, every holder using its full time limit, stays within the matter's limit.</summary>
    [Theory]
    [MemberData(nameof(Catalogue.AllMatters), MemberType = typeof(Catalogue))]
    public void HappyPath_WithEveryTaskTakingItsFullTime_EndsWithinTheMattersLimit(string matter)
    {
        var definition = MatterRun.Workspace.Definitions[matter];
        var workspace = MatterRun.Workspace;
        var simulator = new OneMatter.Engine.Simulation.MatterSimulator(new OneMatter.Engine.Interpreter.MatterEngine(workspace.Org, workspace.Calendars), workspace.Calendars,
            id => workspace.Definitions.GetValueOrDefault(id));

        var result = simulator.Run(definition, new OneMatter.Engine.Simulation.SimulationScript { Start = MatterRun.Monday, Form = SampleForm(matter) });

        Assert.True(result.Result is not null, $"{matter}: {result.Stopped}");
        Assert.DoesNotContain(result.Events.OfType<DeadlineEscalated>(), e => e.Task is null && e.Action == EscalationAction.Overdue);
    }

    private static Dictionary<string, string?> SampleForm(string matter) =>
        MatterRun.Workspace.Definitions[matter].Form.Any(f => f.Id == "credit_code")
            ? new() { ["credit_code"] = "91330822MA28F1234K" }
            : [];

    /// <summary>Nobody acts: the first tasks and the matter warn at 80 %, fall overdue at 100 % and
    /// are put under supervision (督办) by the county command centre.</summary>
    [Theory]
    [MemberData(nameof(Catalogue.AllMatters), MemberType = typeof(Catalogue))]
    public void NobodyActs_TasksAndMatterWarnFallOverdueAndAreSupervised(string matter)
    {
        var run = new MatterRun(matter).Start();
        var first = run.State!.Tasks.Select(t => (t.Id, t.Deadline!)).ToList();
        var matterDeadline = run.State.MatterDeadline!.Id;
        Assert.NotEmpty(first);

        run.Advance(TimeSpan.FromDays(90));

        foreach (var deadline in first.Select(f => f.Item2).Append(matterDeadline))
        {
            var fired = run.EventsOf<DeadlineEscalated>().Where(e => e.Deadline == deadline).ToList();
            Assert.Equal([EscalationAction.Warn, EscalationAction.Overdue, EscalationAction.Supervise], fired.OrderBy(e => e.Rule).Select(e => e.Action));
            Assert.Equal("cs-command-centre", fired.Single(e => e.Action == EscalationAction.Supervise).ToUnit);
            var warn = fired.Single(e => e.Action == EscalationAction.Warn).At;
            var overdue = fired.Single(e => e.Action == EscalationAction.Overdue).At;
            Assert.True(warn < overdue, $"{matter}: warning at {warn} is not before overdue at {overdue}");
        }
        foreach (var (task, _) in first)
        {
            Assert.Contains(run.EventsOf<TaskSupervised>(), s => s.Task == task && s.By == "cs-command-centre");
            Assert.True(run.State!.Task(task)!.Supervised);
            // the 督办单 of each supervised task, rendered with names: the step, its holders and the command centre
            var (issued, html) = Assert.Single(run.Documents, d => d.Issued.Supervised == task);
            Assert.Equal("supervision-notice", issued.Document);
            var node = run.Definition.Node(run.State.Task(task)!.Node);
            Assert.Contains($"<td colspan=\"3\">{node.Name}</td>", html, StringComparison.Ordinal);
            Assert.Contains("已到办理时限仍未办结", html, StringComparison.Ordinal);
            Assert.Contains("常山县社会治理综合指挥中心", html, StringComparison.Ordinal);
            foreach (var unit in run.State.Task(task)!.Items.Select(i => i.Unit!).Distinct())
            {
                Assert.Contains(MatterRun.Workspace.Org.FindUnit(unit)!.Name, html, StringComparison.Ordinal);
            }
        }
        // and of the matter as a whole: the step is the matter
        var whole = Assert.Single(run.Documents, d => d.Issued.Supervised == "");
        Assert.Contains($"<td colspan=\"3\">{run.Definition.Name}</td>", whole.Html, StringComparison.Ordinal);
        Assert.Equal(MatterStatus.Running, run.State!.Status);
    }

    /// <summary>Template variables are checked when definitions load (DefinitionValidator.Documents):
    /// the shipped matter loads with that check on, and the check really ran, i.e. every template
    /// the matter names was parsed and handed to the validator rather than skipped.</summary>
    [Theory]
    [MemberData(nameof(Catalogue.AllMatters), MemberType = typeof(Catalogue))]
    public void Templates_AreCheckedWhenTheMatterLoads(string matter)
    {
        var definition = MatterRun.Workspace.Definitions[matter];
        var context = new LoadContext
        {
            Org = MatterRun.Workspace.Org,
            Templates = MatterRun.Templates.Ids.ToHashSet(StringComparer.Ordinal),
            Documents = MatterRun.Templates,
        };

        Assert.Empty(DefinitionValidator.Validate(definition, context));
        Assert.Empty(MatterRun.Templates.Errors);
        Assert.All(definition.Documents.Values, d => Assert.NotNull(MatterRun.Templates.Find(d.Template)));
        Assert.All(definition.Documents.Values, d => Assert.Contains(MatterRun.Template(d.Template).References,
            r => r.File == DocumentTemplates.LayoutFile && r.Variable.ToString() == "document.verification_code"));
    }
}
