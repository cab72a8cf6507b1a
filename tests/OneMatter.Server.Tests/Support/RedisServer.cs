using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace OneMatter.Server.Tests.Support;

/// <summary>
/// A private redis-server on 127.0.0.1 and a free port, in memory only (no RDB, no AOF), killed
/// on dispose. Tests never touch a Redis the machine may run for something else.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts redis-server and returns once it answers PING.</summary>
    public static async Task<RedisServer> StartAsync(TimeSpan timeout)
    {
        if (!RedisBinaries.Installed)
        {
            throw new InvalidOperationException($"{RedisBinaries.Server} is missing: {RedisBinaries.InstallCommand}");
        }
        var port = FreePort.Next();
        var start = new ProcessStartInfo(RedisBinaries.Server)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        var server = new RedisServer(process, port);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitForPongAsync(timeout);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
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

    private async Task WaitForPongAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited ({_process.ExitCode}): {Output}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                // not listening yet
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"redis-server did not answer PING within {timeout}: {Output}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>What redis-server printed, for failure messages.</summary>
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

    /// <summary>Kills the server (it keeps nothing on disk).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
