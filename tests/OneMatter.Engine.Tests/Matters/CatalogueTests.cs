using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
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
            [(80, EscalationAction.Warn, null), (100, EscalationAction.Overdue, null), (100, EscalationAction.Supervise, "cs-command-centre")],
            definition.Escalation.Select(r => (r.Percent, r.Action, r.To)).ToArray());
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
        }
        Assert.Equal(MatterStatus.Running, run.State!.Status);
    }

    /// <summary>Template variables are not checked when definitions load (see the report of
    /// issue 5), so this checks them: every variable a template of the matter reads is a declared
    /// form field, a node with that task field, an instance property or a document property.</summary>
    [Theory]
    [MemberData(nameof(Catalogue.AllMatters), MemberType = typeof(Catalogue))]
    public void Templates_ReadOnlyDeclaredFieldsAndNodes(string matter)
    {
        var definition = MatterRun.Workspace.Definitions[matter];
        string[] instance = ["id", "matter", "started", "applicant", "query_code", "jurisdiction", "lead"];
        string[] document = ["number", "issued", "verification_code"];
        string[] node = ["outcome", "fields", "unit", "unit_id", "by", "at"];
        foreach (var spec in definition.Documents.Values)
        {
            foreach (var reference in MatterRun.Template(spec.Template).References)
            {
                var path = reference.Path;
                var where = $"{spec.Template}.html:{reference.Line}:{reference.Column}: {reference}";
                switch (path[0])
                {
                    case "form":
                        Assert.True(path.Count >= 2 && definition.Form.Any(f => f.Id == path[1]), where + " is not a form field of " + matter);
                        break;
                    case "instance":
                        Assert.True(path.Count >= 2 && instance.Contains(path[1]), where);
                        break;
                    case "document":
                        Assert.True(path.Count >= 2 && document.Contains(path[1]), where);
                        break;
                    case "nodes":
                        var target = path.Count >= 3 ? definition.Nodes.GetValueOrDefault(path[1]) : null;
                        Assert.True(target is not null && node.Contains(path[2]), where + " is not a node of " + matter);
                        if (path[2] == "fields")
                        {
                            Assert.True(path.Count >= 4 && target is TaskNode task && task.Fields.Any(f => f.Id == path[3]), where + " is not a field of that task");
                        }
                        break;
                    default:
                        Assert.Fail(where + " reads an unknown variable");
                        break;
                }
            }
        }
    }
}
