using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneMatter.Hosting;
using OneMatter.Server.Accounts;
using OneMatter.Storage;

namespace OneMatter.Server;

/// <summary>
/// Starts the runtime (store, writer, Hangfire timers, outbox) and the accounts schema before the
/// server takes requests, and stops the runtime after it stopped taking them. Hosted services
/// start before Kestrel, so no request ever finds the runtime missing.
/// </summary>
/// <remarks>
/// The runtime is started here rather than while building the app so that configuration given
/// by tests (<c>WebApplicationFactory</c>) or the command line is final when it is read.
/// </remarks>
public sealed class RuntimeHost : IHostedService, IAsyncDisposable
{
    private readonly ServerSettings _settings;
    private readonly IHostEnvironment _environment;
    private readonly IServiceProvider _services;
    private readonly ILogger<RuntimeHost> _logger;
    private readonly TimeProvider _time;
    private OneMatterRuntime? _runtime;
    private MatterReadModel? _reads;

    /// <summary>Created by DI.</summary>
    public RuntimeHost(IOptions<ServerSettings> settings, IHostEnvironment environment, IServiceProvider services, ILogger<RuntimeHost> logger,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings.Value;
        _environment = environment;
        _services = services;
        _logger = logger;
        _time = time;
        Storage = RepositoryLayout.Storage(_settings, environment.ContentRootPath);
    }

    /// <summary>Where the matters and accounts live.</summary>
    public StorageOptions Storage { get; }

    /// <summary>The running runtime.</summary>
    public OneMatterRuntime Runtime => _runtime ?? throw new InvalidOperationException("The runtime has not started.");

    /// <summary>Queries over the projections.</summary>
    public MatterReadModel Reads => _reads ?? throw new InvalidOperationException("The runtime has not started.");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The accounts (their own tables and migrations) do not depend on the runtime: they are
        // brought up on another core meanwhile, which takes about a second off the start.
        var accounts = Task.Run(() => StartAccountsAsync(cancellationToken), cancellationToken);
        try
        {
            await StartRuntimeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await accounts.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        await accounts.ConfigureAwait(false);
    }

    private async Task StartRuntimeAsync(CancellationToken cancellationToken)
    {
        var workflows = RepositoryLayout.Workflows(_settings, _environment.ContentRootPath);
        _runtime = await OneMatterRuntime.StartAsync(new RuntimeOptions
        {
            SqliteFile = Storage.SqliteFile,
            PostgreSqlConnectionString = Storage.Provider == StorageProvider.Postgres ? Storage.ConnectionString : null,
            WorkflowsFolder = workflows,
            TemplatesFolder = RepositoryLayout.Templates(_settings, _environment.ContentRootPath),
            NodeId = _settings.NodeId ?? Environment.MachineName,
            DocumentVerifyUrl = _settings.PublicUrl.TrimEnd('/') + "/verify",
            Time = _time,
            Report = message => _logger.LogWarning("{Message}", message),
        }, cancellationToken).ConfigureAwait(false);
        _reads = new MatterReadModel(Storage);
        _logger.LogInformation("Loaded {Count} definitions from {Folder}; {Timers} pending timers re-scheduled",
            _runtime.Catalog.All.Count, workflows, _runtime.RescheduledTimers);
    }

    private async Task StartAccountsAsync(CancellationToken cancellationToken)
    {
        var db = AccountsDatabase.Create(Storage);
        await using (db.ConfigureAwait(false))
        {
            await SchemaMigration.ApplyPendingAsync(db, cancellationToken).ConfigureAwait(false);
        }
        if (_settings.DemoAccounts && !_environment.IsProduction())
        {
            using var scope = _services.CreateScope();
            if (await DemoAccounts.SeedAsync(scope.ServiceProvider, _settings.DemoPassword).ConfigureAwait(false) is { } printed)
            {
                Console.WriteLine(printed);
                _logger.LogInformation("Created {Count} demo accounts", DemoAccounts.All.Count);
            }
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_runtime is { } runtime)
        {
            _runtime = null;
            await runtime.DisposeAsync().ConfigureAwait(false);
        }
    }
}
