using Microsoft.Extensions.Time.Testing;
using OneMatter.Documents;
using OneMatter.Engine.Commands;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Documents;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Persistence;
using OneMatter.Engine.Simulation;
using OneMatter.Runtime;

namespace OneMatter.Documents.Tests.Support;

/// <summary>
/// The shipped rural-housing matter on a real SQLite file, driven through the real writer on a
/// fake clock, with a renderer over the shipped templates — the composition the runtime uses.
/// </summary>
internal sealed class IssuingMatter : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Lazy<WorkspaceLoadResult> Shipped = new(() =>
        Workspace.Load(Path.Combine(Repo.Root, "workflows"), Path.Combine(Repo.Root, "templates")));
    private static readonly Lazy<DocumentTemplates> ShippedTemplates = new(() => DocumentTemplates.Load(Path.Combine(Repo.Root, "templates")));

    private readonly TempDatabase _database;
    private readonly CommandWriter _writer;

    private IssuingMatter(TempDatabase database, IMatterStore store, FakeTimeProvider clock, DocumentTemplates templates)
    {
        _database = database;
        Store = store;
        Clock = clock;
        var workspace = Shipped.Value;
        Definition = workspace.Definitions["rural-housing"];
        Engine = new MatterEngine(workspace.Org, workspace.Calendars);
        var catalog = new DefinitionCatalog(workspace.Definitions.Values);
        _writer = new CommandWriter(store, Engine, catalog, clock);
        Renderer = new DocumentRenderer(store, Documents, catalog, Engine, templates, new DocumentOptions { VerifyUrl = "https://zwfw.example.gov.cn/verify" });
    }

    public IMatterStore Store { get; }
    public IDocumentStore Documents => (IDocumentStore)Store;
    public FakeTimeProvider Clock { get; }
    public MatterDefinition Definition { get; }
    public MatterEngine Engine { get; }
    public DocumentRenderer Renderer { get; }
    public MatterState State { get; private set; } = null!;

    public static async Task<IssuingMatter> CreateAsync(DocumentTemplates? templates = null)
    {
        var clock = new FakeTimeProvider(Monday);
        var database = new TempDatabase();
        return new IssuingMatter(database, await database.OpenAsync(clock), clock, templates ?? ShippedTemplates.Value);
    }

    /// <summary>Applies as an applicant; <paramref name="name"/> overrides the applicant's name.</summary>
    public async Task ApplyAsync(string instanceId, string? name = null)
    {
        var given = new Dictionary<string, string?>();
        if (name is not null)
        {
            given["applicant_name"] = name;
        }
        var form = FormSampler.Complete(Definition.Form, given, Engine.Org, DateOnly.FromDateTime(Monday.DateTime));
        var outcome = await _writer.StartAsync(new StartMatter { Actor = Actor.ApplicantAccount("applicant"), InstanceId = instanceId, Form = form, QueryCode = "Q7K3" }, "rural-housing");
        Assert.True(outcome.Applied, outcome.Rejection?.ToString());
        State = outcome.State!;
    }

    /// <summary>Completes the first open task with <paramref name="outcome"/> (its first outcome when null).</summary>
    public async Task CompleteFirstAsync(string? outcome = null)
    {
        Clock.Advance(TimeSpan.FromHours(1));
        var task = State.Tasks[0];
        var unit = task.Items[0].Unit!;
        var node = (TaskNode)Definition.Node(task.Node);
        var fields = FormSampler.Complete(node.Fields, new Dictionary<string, string?> { ["opinion"] = "材料齐全，予以受理。" }, Engine.Org, DateOnly.FromDateTime(Monday.DateTime));
        var result = await _writer.SubmitAsync(new CompleteTask
        {
            Actor = Actor.Officer("officer." + unit, unit),
            TaskId = task.Id,
            Outcome = outcome ?? node.Outcomes[0].Id,
            Fields = fields,
        }, State.InstanceId);
        Assert.True(result.Applied, result.Rejection?.ToString());
        State = result.State!;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        _database.Dispose();
    }
}
