namespace OneMatter.Server;

/// <summary>
/// The <c>OneMatter</c> configuration section. Every value has an embedded default, so
/// <c>dotnet run --project src/OneMatter.Server</c> needs no configuration at all.
/// </summary>
public sealed class ServerSettings
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "OneMatter";

    /// <summary>A SQLite file path, or a PostgreSQL connection string or URL; default
    /// <c>data/onematter.db</c> under the repository root.</summary>
    public string? Database { get; set; }

    /// <summary>The definitions folder; default the <c>workflows/</c> folder found walking up from
    /// the content root.</summary>
    public string? Workflows { get; set; }

    /// <summary>The templates folder; default <c>templates/</c> beside <see cref="Workflows"/>.</summary>
    public string? Templates { get; set; }

    /// <summary>This node's name for outbox claims; stable across restarts so a restarted node
    /// takes its own claims back at once. Default: the machine name.</summary>
    public string? NodeId { get; set; }

    /// <summary>The address citizens reach the web app at, e.g. <c>https://zwfw.changshan.gov.cn</c>.
    /// Issued documents print <c>{PublicUrl}/verify?code=…</c>, so set it before the first
    /// document is issued. Default: http://localhost:5080.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>Seed demo accounts for every role when the accounts table is new and the
    /// environment is not Production.</summary>
    public bool DemoAccounts { get; set; } = true;

    /// <summary>The demo accounts' one password; random (printed once with them) when not set.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>A StackExchange.Redis connection string (e.g. <c>127.0.0.1:6379</c>) for SignalR's
    /// backplane, so a change made through one server node reaches clients connected to another;
    /// null for one node (messages stay in the process).</summary>
    public string? Redis { get; set; }
}
