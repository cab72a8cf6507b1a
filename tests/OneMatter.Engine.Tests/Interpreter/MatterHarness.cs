using Microsoft.Extensions.Time.Testing;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>
/// Drives one instance through the real engine with a <see cref="FakeTimeProvider"/>: keeps the
/// state and every event, and checks after each applied command that replaying the events
/// rebuilds the same state.
/// </summary>
internal sealed class MatterHarness
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<BusinessCalendar> China = new(() =>
    {
        var path = Path.Combine(RepoRoot(), "workflows", "calendars", "cn-mainland.yaml");
        var parsed = CalendarParser.Parse(File.ReadAllText(path), path);
        return new BusinessCalendar(parsed.Calendar!);
    });

    public MatterHarness(MatterDefinition definition, DateTimeOffset? start = null)
    {
        Definition = definition;
        Clock = new FakeTimeProvider(start ?? Monday);
        Engine = new MatterEngine(TestOrg.Directory, new Dictionary<string, BusinessCalendar> { ["cn-mainland"] = Calendar });
    }

    public static BusinessCalendar Calendar => China.Value;

    public MatterDefinition Definition { get; }

    public FakeTimeProvider Clock { get; }

    public MatterEngine Engine { get; }

    public MatterState? State { get; private set; }

    public List<MatterEvent> Events { get; } = [];

    public List<Effect> Effects { get; } = [];

    public EngineResult? Last { get; private set; }

    /// <summary>Loads a definition from YAML text against the test org, failing with every error.</summary>
    public static MatterDefinition Load(string yaml, string id = "test")
    {
        var context = new LoadContext { Org = TestOrg.Directory, Calendars = new HashSet<string> { "cn-mainland" } };
        var result = DefinitionLoader.Load(yaml, id + ".yaml", context);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Errors));
        return result.Definition!;
    }

    public static MatterHarness For(string yaml, DateTimeOffset? start = null) => new(Load(yaml), start);

    public EngineResult Send(MatterCommand command)
    {
        var result = Engine.Handle(Definition, State, command, Clock.GetUtcNow());
        Last = result;
        if (result.Applied)
        {
            State = result.State;
            Events.AddRange(result.Events);
            Effects.AddRange(result.Effects);
            var replayed = MatterEngine.Replay(Events);
            Assert.Equal(StateJson.Of(State!), StateJson.Of(replayed));
        }
        else
        {
            Assert.Empty(result.Events);
            Assert.Same(State, result.State);
        }
        return result;
    }

    public EngineResult Must(MatterCommand command)
    {
        var result = Send(command);
        Assert.True(result.Applied, $"{command.GetType().Name} was {result.Status}: {result.Rejection}");
        return result;
    }

    public Rejection Refused(MatterCommand command, RejectionCode code)
    {
        var result = Send(command);
        Assert.Equal(CommandStatus.Rejected, result.Status);
        Assert.Equal(code, result.Rejection!.Code);
        return result.Rejection;
    }

    public EngineResult Start(IReadOnlyDictionary<string, string?>? form = null, string applicant = "alice") =>
        Must(new StartMatter { Actor = Actor.ApplicantAccount(applicant), InstanceId = "M1", Form = form ?? new Dictionary<string, string?>(), QueryCode = "Q1" });

    public TaskState Task(string node) =>
        State!.Tasks.SingleOrDefault(t => t.Node == node) ?? throw new Xunit.Sdk.XunitException(
            $"no open task at {node}; open: {string.Join(", ", State!.Tasks.Select(t => t.Node))}; ended: {State.Result}");

    public bool IsOpen(string node) => State!.Tasks.Any(t => t.Node == node);

    public static Actor Officer(string unit, string id = "") => Actor.Officer(id.Length == 0 ? "officer." + unit : id, unit);

    public EngineResult Complete(string node, string outcome, string? unit = null, IReadOnlyDictionary<string, string?>? fields = null)
    {
        var task = Task(node);
        var item = task.Items.First(i => i.Status == WorkItemStatus.Offered && (unit is null || i.Unit == unit));
        return Must(new CompleteTask { Actor = Officer(item.Unit!), TaskId = task.Id, Outcome = outcome, Fields = fields ?? new Dictionary<string, string?>() });
    }

    /// <summary>Moves the clock and fires every timer that is due, in due order.</summary>
    public void Advance(TimeSpan by)
    {
        var until = Clock.GetUtcNow() + by;
        while (State!.Status == MatterStatus.Running && State.Timers.Where(t => t.Due <= until).OrderBy(t => t.Due).FirstOrDefault() is { } timer)
        {
            if (timer.Due > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(timer.Due);
            }
            Must(new FireTimer { Actor = Actor.System, TimerId = timer.Id });
        }
        Clock.SetUtcNow(until);
    }

    public IEnumerable<T> EventsOf<T>() where T : MatterEvent => Events.OfType<T>();

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Workflows.sln not found above " + AppContext.BaseDirectory);
    }
}
