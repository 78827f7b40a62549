using System.Collections.Concurrent;
using System.Net.Sockets;

namespace Blog.CrossHost.Tests;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of the test PostgreSQL server, so that a spec can take the database away from a
/// host and give it back: <see cref="Cut"/> stops listening (connects are refused) and resets every open connection,
/// <see cref="Blackhole"/> accepts connections and never forwards or answers a byte, <see cref="Restore"/> forwards
/// again. Its port lies below the kernel's ephemeral range, so no outgoing connection can take it while it is cut.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private bool _blackhole;

    private FaultProxy(IPEndPoint target, TcpListener listener)
    {
        _target = target;
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Listen(listener);
    }

    public int Port { get; }

    /// <summary>A forwarding proxy to <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static async Task<FaultProxy> StartAsync(string host, int port)
    {
        var address = (await Dns.GetHostAddressesAsync(host)).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        for (var attempt = 0; ; attempt++)
        {
            var listener = NewListener(Random.Shared.Next(20_000, 32_000));
            try
            {
                listener.Start();
                return new FaultProxy(new IPEndPoint(address, port), listener);
            }
            catch (SocketException) when (attempt < 50)
            {
                listener.Dispose();
            }
        }
    }

    /// <summary>The database is gone: connects are refused and every open connection is reset.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
            _blackhole = false;
        }

        AbortOpenConnections();
    }

    /// <summary>The database hangs: open connections are reset, new ones are accepted and left without an answer.</summary>
    public void Blackhole()
    {
        lock (_gate)
        {
            _blackhole = true;
            if (_listener is null)
            {
                Listen(StartedListener());
            }
        }

        AbortOpenConnections();
    }

    /// <summary>The database is back: new connections are forwarded (blackholed ones are reset).</summary>
    public void Restore()
    {
        lock (_gate)
        {
            var wasBlackhole = _blackhole;
            _blackhole = false;
            if (wasBlackhole)
            {
                AbortOpenConnections();
            }

            if (_listener is null)
            {
                Listen(StartedListener());
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private static TcpListener NewListener(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        return listener;
    }

    private TcpListener StartedListener()
    {
        var listener = NewListener(Port);
        listener.Start();
        return listener;
    }

    private void Listen(TcpListener listener)
    {
        _listener = listener;
        _ = AcceptAsync(listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            _open.TryAdd(client, 0);
            bool blackhole;
            lock (_gate)
            {
                blackhole = _blackhole;
            }

            if (!blackhole)
            {
                _ = ForwardAsync(client);
            }
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _open.TryAdd(server, 0);
        try
        {
            await server.ConnectAsync(_target);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Cut while connecting.
        }
        finally
        {
            Abort(client);
            Abort(server);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // One side went away; the caller closes both.
        }
    }

    private void AbortOpenConnections()
    {
        foreach (var socket in _open.Keys)
        {
            Abort(socket);
        }
    }

    /// <summary>Closes with a reset (linger 0), as a crashed server or a broken network does, rather than a polite FIN.</summary>
    private void Abort(Socket socket)
    {
        if (!_open.TryRemove(socket, out _))
        {
            return;
        }

        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        socket.Dispose();
    }
}
