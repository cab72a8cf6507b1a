using OneMatter.Documents;
using OneMatter.Engine.Documents;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Interpreter;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Organisation;
using OneMatter.Engine.Persistence;
using OneMatter.Runtime;
using OneMatter.Scheduling;
using OneMatter.Storage;

namespace OneMatter.Hosting;

/// <summary>
/// One running OneMatter node: the definitions of the workspace, the store, the pure engine, the
/// single writer, Hangfire timers and the outbox, put together once so that the server and the
/// crash-test node run the same composition.
/// </summary>
/// <remarks>
/// <para>Why the start order matters: the store is the source of truth and everything else is
/// rebuilt from it. A process may have been killed with committed effects still in the outbox and
/// with timers whose Hangfire jobs died with it (Hangfire.InMemory keeps nothing). So every pending
/// timer is re-scheduled from the store first (those that fell due during the downtime are
/// enqueued at once; on PostgreSQL the jobs survived and are left as they are), and only then does
/// the outbox start and perform what the last process left.
/// A <c>ScheduleTimer</c> delivered twice that way finds its job already known; a timer job that
/// runs twice is ignored by the engine the second time. Nothing is lost and nothing fires twice.</para>
/// <para>Why the stop order matters: the writer goes first, so no new command is accepted and the
/// queued ones finish while the outbox still runs to hand their timers to Hangfire; then the outbox;
/// then Hangfire, waiting for running jobs. Whatever a stop cuts short is in the store and is picked
/// up by the next start, exactly as after a crash.</para>
/// </remarks>
public sealed class OneMatterRuntime : IAsyncDisposable
{
    private readonly TimerScheduling _timers;
    private readonly EffectForwarder _effects;
    private int _disposed;
    private volatile LoadContext _definitionContext = LoadContext.None;

    private OneMatterRuntime(IMatterStore store, MatterEngine engine, DefinitionCatalog catalog, IReadOnlyList<LoadError> definitionErrors,
        CommandWriter writer, TimerScheduling timers, OutboxDispatcher outbox, int rescheduledTimers, EffectForwarder effects)
    {
        Store = store;
        Engine = engine;
        Catalog = catalog;
        DefinitionErrors = definitionErrors;
        Writer = writer;
        _timers = timers;
        Outbox = outbox;
        RescheduledTimers = rescheduledTimers;
        _effects = effects;
    }

    /// <summary>The database of matters: snapshots, event log, outbox, timers, idempotency keys.</summary>
    public IMatterStore Store { get; }

    /// <summary>The interpreter, over the workspace's org directory and calendars.</summary>
    public MatterEngine Engine { get; }

    /// <summary>The definitions that loaded, by (id, version).</summary>
    public DefinitionCatalog Catalog { get; }

    /// <summary>Published versions, drafts and retirement (the designer's port of the same store).</summary>
    public IDefinitionStore DefinitionStore { get; private init; } = null!;

    /// <summary>What definitions are checked against here (org directory, calendars, templates,
    /// the matters of the folder), so a designer's draft is checked like a file at start. Follows
    /// <see cref="SwitchOrgAndCalendars"/>.</summary>
    public LoadContext DefinitionContext
    {
        get => _definitionContext;
        private init => _definitionContext = value;
    }

    /// <summary>The edited org and calendar files (their newest stored versions), by path relative
    /// to <c>workflows/</c>, so an administrator's edit needs no release.</summary>
    public IWorkspaceFileStore WorkspaceFileStore { get; private init; } = null!;

    /// <summary>The stored versions that replaced shipped files at start (empty when none was edited).</summary>
    public IReadOnlyList<StoredWorkspaceFile> WorkspaceFilesAtStart { get; private init; } = [];

    /// <summary>The <c>workflows/</c> folder the runtime loaded.</summary>
    public string WorkflowsFolder { get; private init; } = string.Empty;

    /// <summary>
    /// Decides every later command against a new org directory and calendars (an administrator's
    /// edit, here or on another node) and checks later drafts against them too. The caller has
    /// checked that every served definition still validates against them. Instances keep the
    /// deadlines already computed.
    /// </summary>
    public void SwitchOrgAndCalendars(OrgDirectory org, IReadOnlyDictionary<string, BusinessCalendar> calendars, IReadOnlySet<string> calendarIds)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(calendarIds);
        Engine.Switch(org, calendars);
        _definitionContext = _definitionContext with { Org = org, Calendars = calendarIds };
    }

    /// <summary>Issued documents (rendered by the outbox, immutable, found by verification code).</summary>
    public IDocumentStore Documents { get; private init; } = null!;

    /// <summary>Picks up definition versions published through other nodes.</summary>
    internal DefinitionSync Sync { get; private init; } = null!;

    /// <summary>The composed document templates of the workspace.</summary>
    public DocumentTemplates Templates { get; private init; } = DocumentTemplates.Empty;

    /// <summary>Renders and stores documents; the outbox calls it for every RenderDocument effect.</summary>
    public DocumentRenderer DocumentRenderer { get; private init; } = null!;

    /// <summary>Every definition problem found at start; those files were skipped, the rest serve.</summary>
    public IReadOnlyList<LoadError> DefinitionErrors { get; }

    /// <summary>The single writer: submit every command here. An acknowledged command is durable.</summary>
    public CommandWriter Writer { get; }

    /// <summary>Hangfire's timer jobs (storage, scheduler, the job itself).</summary>
    public TimerScheduling Timers => _timers;

    /// <summary>Performs committed effects; signalled by the writer after every commit with effects.</summary>
    public OutboxDispatcher Outbox { get; }

    /// <summary>How many pending timers were read from the store and scheduled at start (0 on
    /// PostgreSQL, whose timer jobs survive a restart).</summary>
    public int RescheduledTimers { get; }

    /// <summary>
    /// Sends every committed effect the runtime does not perform itself (notifications, documents,
    /// child matters; timers stay with Hangfire) to <paramref name="handler"/> from now on, as the
    /// outbox performs them on this node; null to ignore them again. A host attaches its handlers
    /// after the start (a server's services exist only then); the effects the outbox performed
    /// before the first handler was attached (up to 10,000) are handed to it first, in order.
    /// </summary>
    public void ForwardEffectsTo(IEffectHandler? handler) => _effects.Target = handler;

    /// <summary>
    /// Loads the workspace (bad definition files are reported and skipped), opens the store
    /// (applying pending migrations), starts the writer and Hangfire, re-schedules every pending
    /// timer from the store and then starts the outbox, which first finishes what the last process
    /// left. Returns once all of that is done: the runtime is then ready for commands.
    /// </summary>
    /// <param name="options">The database, the workspace folders and the clock.</param>
    /// <param name="cancellationToken">Stops opening the store and re-scheduling.</param>
    public static async Task<OneMatterRuntime> StartAsync(RuntimeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var storage = options.Storage();
        // The org directory and calendars an administrator edited are stored in the store, and
        // their newest versions override the shipped files before any definition is checked
        // against them. Opening the store and loading the folder are each about a second of
        // start-up CPU (mostly JIT), so the folder loads on another core meanwhile as if nothing
        // was edited, and loads again in the rare start after an edit.
        var speculative = Task.Run(() => LoadedWorkspace.Load(options), cancellationToken);
        IMatterStore store;
        IReadOnlyList<StoredWorkspaceFile> storedFiles;
        try
        {
            store = await StoreFactory.OpenAsync(storage, options.Time, cancellationToken).ConfigureAwait(false);
            storedFiles = await ((IWorkspaceFileStore)store).NewestWorkspaceFilesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ((Task)speculative).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        var workspaceFileStore = (IWorkspaceFileStore)store; // the EF store implements this port too
        var workspace = await speculative.ConfigureAwait(false);
        if (storedFiles.Count > 0)
        {
            workspace = LoadedWorkspace.Load(options, storedFiles);
        }
        foreach (var error in workspace.Errors)
        {
            options.Report?.Invoke("definition skipped: " + error);
        }
        var engine = new MatterEngine(workspace.Org, workspace.Calendars);
        // Every published version serves, not only the folder's files (which seed new versions):
        // an instance started on a version published through the API must advance after a restart.
        var definitionStore = (IDefinitionStore)store; // the EF store implements both ports
        var definitionErrors = workspace.Errors.ToList();
        var served = await workspace.WithPublishedAsync(definitionStore, store, options.Time, definitionErrors, cancellationToken).ConfigureAwait(false);
        foreach (var error in definitionErrors.Skip(workspace.Errors.Count))
        {
            options.Report?.Invoke("published version skipped: " + error);
        }
        var catalog = new DefinitionCatalog(served);
        foreach (var head in await definitionStore.DefinitionHeadsAsync(cancellationToken).ConfigureAwait(false))
        {
            catalog.SetRetired(head.Id, head.Retired);
        }
        // Versions published elsewhere are checked against this node's directory as it is then
        // (an administrator may have switched it since the start).
        OneMatterRuntime? started = null;
        var sync = new DefinitionSync(definitionStore, store, catalog, () => started?.DefinitionContext ?? workspace.Context,
            options.DefinitionSyncInterval, options.Report);
        catalog.Missing = sync.CatchUpOnMiss;

        // The writer signals the outbox after each commit with effects; the outbox is made after
        // the writer (it needs Hangfire, which needs the writer), so the callback reads a field
        // that is null only until then. A signal lost in between is harmless: Start drains anyway.
        OutboxDispatcher? outbox = null;
        var writer = new CommandWriter(store, engine, catalog, options.Time, new CommandWriterOptions { Committed = () => outbox?.Signal() });
        TimerScheduling? timers = null;
        var effects = new EffectForwarder();
        // Parsed once with the workspace (template errors were reported with the definitions).
        var templates = workspace.Context.Documents ?? DocumentTemplates.Empty;
        var documentStore = (IDocumentStore)store; // the EF store implements this port too
        // Documents are rendered before the effect goes on to the host, so a host announcing
        // "document issued" can point at a stored document.
        var documents = new DocumentRenderer(store, documentStore, catalog, engine, templates,
            new DocumentOptions { VerifyUrl = options.DocumentVerifyUrl }, inner: effects);
        try
        {
            timers = TimerScheduling.Start(writer, new TimerSchedulingOptions
            {
                PostgreSqlConnectionString = options.PostgreSqlConnectionString,
                SchedulePollingInterval = options.TimerPollingInterval,
                WorkerCount = options.TimerWorkerCount,
                Time = options.Time,
                Horizon = options.TimerHorizon,
            }, documents, store);
            outbox = new OutboxDispatcher(store, timers.Handler, options.Time, new OutboxDispatcherOptions
            {
                RetryInterval = options.OutboxRetryInterval,
                NodeId = options.NodeId,
                Failed = (effect, error) => options.Report?.Invoke(
                    effect is null ? "outbox failed: " + error.Message : $"effect {effect.Id} of {effect.Effect.InstanceId} failed: {error.Message}"),
            });
            // In memory, Hangfire starts empty and every pending timer is scheduled again; on
            // PostgreSQL the jobs survived and re-scheduling would only duplicate them.
            var rescheduled = await timers.RescheduleOnStartAsync(store, cancellationToken).ConfigureAwait(false);
            outbox.Start();
            started = new OneMatterRuntime(store, engine, catalog, definitionErrors, writer, timers, outbox, rescheduled, effects)
            {
                DefinitionStore = definitionStore,
                DefinitionContext = workspace.Context,
                WorkspaceFileStore = workspaceFileStore,
                WorkspaceFilesAtStart = storedFiles,
                WorkflowsFolder = options.WorkflowsFolder,
                Documents = documentStore,
                Templates = templates,
                DocumentRenderer = documents,
                Sync = sync,
            };
            return started;
        }
        catch
        {
            // Stop what was started, in the same order as a normal stop; the store keeps the rest.
            await sync.DisposeAsync().ConfigureAwait(false);
            await writer.DisposeAsync().ConfigureAwait(false);
            if (outbox is not null)
            {
                await outbox.DisposeAsync().ConfigureAwait(false);
            }
            timers?.Dispose();
            throw;
        }
    }

    /// <summary>Stops the writer (queued commands finish), the outbox and Hangfire, in that order.
    /// Calling it again does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await Sync.DisposeAsync().ConfigureAwait(false);
        await Writer.DisposeAsync().ConfigureAwait(false);
        await Outbox.DisposeAsync().ConfigureAwait(false);
        // A timer job still running now finds the writer closed and fails; its timer stays
        // pending in the store and is re-scheduled by the next start.
        _timers.Dispose();
    }
}
