using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PdpApi.Api.Tests.Infrastructure;

/// <summary>
/// Relays TCP connections from a free loopback port to a server, until <see cref="Cut"/> closes the port and every
/// relayed connection: a way to take a shared server away from one app without stopping it for everyone else.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly EndPoint _target;
    private readonly ConcurrentBag<TcpClient> _connections = [];
    private readonly CancellationTokenSource _cut = new();

    public TcpRelay(EndPoint target)
    {
        _target = target;
        _listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>Where clients connect (127.0.0.1:port).</summary>
    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Stops accepting and drops every connection, as a server that went away would.</summary>
    public void Cut()
    {
        if (_cut.IsCancellationRequested)
            return;
        _cut.Cancel();
        _listener.Stop();
        foreach (var connection in _connections)
            connection.Dispose();
    }

    public void Dispose()
    {
        Cut();
        _cut.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_cut.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_cut.Token);
                var server = new TcpClient();
                _connections.Add(client);
                _connections.Add(server);
                await server.Client.ConnectAsync(_target, _cut.Token);
                _ = PumpAsync(client, server);
                _ = PumpAsync(server, client);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // cut
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), _cut.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // cut, or one side closed
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
