using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace OneMatter.Server.Tests.Support;

/// <summary>
/// The built server (<c>dotnet OneMatter.Server.dll</c>) as a child process on 127.0.0.1 and a
/// free port, configured through environment variables exactly as an operator would; killed on
/// dispose. Its output is kept for failure messages.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>http://127.0.0.1:port/.</summary>
    public Uri Address { get; }

    /// <summary>The server dll built beside this test assembly's configuration
    /// (src/OneMatter.Server/bin/&lt;Debug|Release&gt;/net10.0).</summary>
    public static string Dll
    {
        get
        {
            // bin/<configuration>/<framework>/ of this test project.
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(Repo.Root, "src", "OneMatter.Server", "bin", configuration, framework.Name, "OneMatter.Server.dll");
        }
    }

    /// <summary>Starts a node and returns once <c>/healthz</c> answers.</summary>
    public static async Task<ServerProcess> StartAsync(string database, string nodeId, string? redis, TimeSpan timeout)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(Dll);
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["OneMatter__Database"] = database;
        start.Environment["OneMatter__Workflows"] = Path.Combine(Repo.Root, "workflows");
        start.Environment["OneMatter__Templates"] = Path.Combine(Repo.Root, "templates");
        start.Environment["OneMatter__DemoPassword"] = ServerFixture.Password;
        start.Environment["OneMatter__NodeId"] = nodeId;
        if (redis is not null)
        {
            start.Environment["OneMatter__Redis"] = redis;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitForHealthAsync(timeout);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>A client of this node.</summary>
    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>Signs a demo account in on this node and returns its bearer token.</summary>
    public async Task<string> TokenAsync(string user)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = user, password = ServerFixture.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    /// <summary>A client signed in by bearer token as a demo account.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var token = await TokenAsync(user);
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>What the node printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private async Task WaitForHealthAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited ({_process.ExitCode}):{Environment.NewLine}{Output}");
            }
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // starting slowly
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"/healthz did not answer within {timeout}:{Environment.NewLine}{Output}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Kills the node (the test is done with it; the store needs no clean stop).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private sealed record TokenResponse(string AccessToken);
}
