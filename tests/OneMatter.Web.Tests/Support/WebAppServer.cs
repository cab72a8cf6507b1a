using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using OneMatter.Engine.Instances;
using OneMatter.Hosting;
using OneMatter.Scheduling;
using OneMatter.Server;
using OneMatter.Server.Tests.Support;

namespace OneMatter.Web.Tests.Support;

/// <summary>
/// The real server on Kestrel at a free port, on a fresh SQLite file, with every shipped
/// definition, the demo accounts and an <see cref="AdjustableClock"/> the tests move forward;
/// plus one Chromium for all pages. The web app is the one the server's build put in wwwroot.
/// </summary>
public sealed class WebAppServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Demo-Passw0rd!";

    /// <summary>How long a page, a locator or an expectation waits before failing.</summary>
    public const float Timeout = 15_000;

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "onematter-web-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WebAppServer() => UseKestrel(0);

    public AdjustableClock Clock { get; } = new();

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots for the README go here when ONEMATTER_SCREENSHOTS names a folder (a
    /// relative one is taken from the repository root, not from the test binaries).</summary>
    public static string? ScreenshotFolder =>
        Environment.GetEnvironmentVariable("ONEMATTER_SCREENSHOTS") is { Length: > 0 } folder
            ? System.IO.Path.IsPathRooted(folder) ? folder : System.IO.Path.Combine(Repo.Root, folder)
            : null;

    /// <summary>Where a failing test leaves a screenshot of each of its pages.</summary>
    public static string FailureFolder { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "failure-screenshots");

    /// <summary>The running runtime (store, writer, timers) behind the server.</summary>
    public OneMatterRuntime Runtime => Services.GetRequiredService<RuntimeHost>().Runtime;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("OneMatter:Database", System.IO.Path.Combine(_folder, "onematter.db"));
        builder.UseSetting("OneMatter:Workflows", System.IO.Path.Combine(Repo.Root, "workflows"));
        builder.UseSetting("OneMatter:Templates", System.IO.Path.Combine(Repo.Root, "templates"));
        builder.UseSetting("OneMatter:DemoPassword", Password);
        builder.UseSetting("OneMatter:NodeId", "web-test");
        // Request logs would bury a failure's message: warnings and errors only.
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Assertions.SetDefaultExpectTimeout(Timeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Args = Chromium.Arguments,
            Headless = true,
        });
    }

    /// <summary>A fresh browser context (its own cookies) at 1400×900 in zh-CN.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(Timeout);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a screenshot of <paramref name="page"/> as <paramref name="name"/>.png when asked to.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        if (ScreenshotFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, name + ".png"), FullPage = fullPage });
        }
    }

    /// <summary>An API client signed in as a demo account by bearer token, for what a story needs
    /// done but does not show (its own UI steps are shown by another story). Bearer tokens expire
    /// on the server's clock: make a new client after advancing it.</summary>
    public async Task<HttpClient> ApiAsync(string user)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = user, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Applies for rural housing through the API with a valid form; returns the receipt number.</summary>
    public async Task<string> ApplyAsync(HttpClient applicant)
    {
        var form = RuralHousingForm.Valid();
        form["planned_start"] = PlannedStart;
        var response = await applicant.PostAsJsonAsync("/api/matters/rural-housing/applications", new { form });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"applying failed: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("receiptNumber").GetString()!;
    }

    /// <summary>A planned start two months after the server's today (the clock may have moved).</summary>
    public string PlannedStart => Clock.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Moves the server's clock to the due instant of the matter's pending timer of
    /// <paramref name="kind"/> (a timer node's wait, e.g. the village's public notice) and fires it
    /// as its Hangfire job would: Hangfire's delayed jobs wait real time, not the test's clock.
    /// </summary>
    public async Task FireTimerAsync(string instanceId, TimerKind kind)
    {
        var timer = await EventuallyAsync(async () =>
            (await Runtime.Store.PendingTimersAsync()).FirstOrDefault(t => t.InstanceId == instanceId && t.Kind == kind),
            $"a pending {kind} timer of {instanceId}");
        var wait = timer.Due - Clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            Clock.Advance(wait + TimeSpan.FromSeconds(1));
        }
        await Runtime.Timers.Job.FireAndReportAsync(timer.InstanceId, timer.TimerId, timer.Due.UtcTicks);
    }

    /// <summary>
    /// Runs the timer horizon's sweep now, as its loop does every two minutes of real time: every
    /// pending timer due by the server's clock (moved forward by a test) gets its Hangfire job,
    /// enqueued at once, and that job fires it through the writer like any other. It creates jobs
    /// only; it fires nothing itself. Without a horizon every timer already has its job.
    /// </summary>
    public async Task SweepTimersAsync()
    {
        if (Runtime.Timers.HorizonOrNull is { } horizon)
        {
            await horizon.SweepAsync();
        }
    }

    /// <summary>
    /// Keeps the timer horizon from sweeping (it runs every two minutes of real time and enqueues
    /// every timer due by the server's clock) until the result is disposed: a test that moves the
    /// clock past a deadline acts on the overdue task before its escalation (which opens
    /// supervision by itself) fires. Without a horizon (a storage whose jobs survive) there is
    /// nothing to hold.
    /// </summary>
    public async Task<IAsyncDisposable> HoldTimerSweepAsync()
    {
        var gate = Runtime.Timers.HorizonOrNull is { } horizon
            ? typeof(TimerHorizon).GetField("_lock", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(horizon) as SemaphoreSlim
            : null;
        if (gate is null)
        {
            return new Release(null);
        }
        await gate.WaitAsync();
        return new Release(gate);
    }

    /// <summary>Polls <paramref name="probe"/> until it answers something (not a fixed wait: it
    /// returns as soon as the condition holds), failing after <see cref="Timeout"/>.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what)
    {
        var until = DateTime.UtcNow.AddMilliseconds(Timeout);
        while (true)
        {
            if (await probe() is { } found && found is not false)
            {
                return found;
            }
            if (DateTime.UtcNow > until)
            {
                throw new System.TimeoutException($"Waited {Timeout / 1000} s for {what}");
            }
            await Task.Delay(200);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by a finishing background job; the temp folder is cleaned later
        }
    }

    private sealed class Release(SemaphoreSlim? gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate?.Release();
            return ValueTask.CompletedTask;
        }
    }
}
