using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace OneMatter.Server.Tests.Support;

/// <summary>
/// A real SignalR client of the real-time hub that records every <c>notification</c> and
/// <c>matterChanged</c> it receives, in order, and lets a test wait for one with a timeout.
/// </summary>
public sealed class HubListener : IAsyncDisposable
{
    private readonly List<(string Method, JsonElement Message)> _received = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private HubListener(HubConnection connection)
    {
        Connection = connection;
        foreach (var method in new[] { "notification", "matterChanged" })
        {
            connection.On<JsonElement>(method, message =>
            {
                lock (_received)
                {
                    _received.Add((method, message.Clone()));
                }
                _arrived.Release();
            });
        }
    }

    /// <summary>The connection.</summary>
    public HubConnection Connection { get; }

    /// <summary>Builds the connection with <paramref name="configure"/>, starts it and returns the listener.</summary>
    public static async Task<HubListener> ConnectAsync(Uri hub, Action<Microsoft.AspNetCore.Http.Connections.Client.HttpConnectionOptions> configure)
    {
        var connection = new HubConnectionBuilder().WithUrl(hub, configure).Build();
        var listener = new HubListener(connection);
        await connection.StartAsync();
        return listener;
    }

    /// <summary>Everything received so far, in order.</summary>
    public IReadOnlyList<(string Method, JsonElement Message)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Waits until a message of <paramref name="method"/> matching <paramref name="match"/>
    /// has arrived and returns it; fails after <paramref name="timeout"/> listing what did arrive.</summary>
    public async Task<JsonElement> WaitForAsync(string method, Func<JsonElement, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            foreach (var (m, message) in Received)
            {
                if (m == method && match(message))
                {
                    return message;
                }
            }
            try
            {
                await _arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                var got = string.Join(Environment.NewLine, Received.Select(r => $"{r.Method} {r.Message}"));
                throw new TimeoutException($"No matching {method} within {timeout}; received:{Environment.NewLine}{got}");
            }
        }
    }

    /// <summary>Stops the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _arrived.Dispose();
    }
}
