using System.Diagnostics;
using System.Net.Sockets;

namespace Blog.ContractTests.Harness;

/// <summary>
/// A throwaway <c>redis-server</c> (from PATH; Debian's package <c>redis-server</c>) on a temp dir and a free loopback
/// port, without persistence; killed and removed at process exit. <see cref="Shared"/> is started once per test run
/// for every fixture; a spec that stops Redis on purpose starts one of its own (<see cref="StartAsync"/>).
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    private static readonly Lazy<Task<TestRedis>> SharedInstance = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string directory;
    private Process? process;

    private TestRedis(string directory, int port)
    {
        this.directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static Task<TestRedis> Shared() => SharedInstance.Value;

    public static async Task<TestRedis> StartAsync()
    {
        var redis = new TestRedis(Directory.CreateTempSubdirectory("blog-redis-").FullName, FreePort());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => redis.Kill();
        await redis.RestartAsync();
        return redis;
    }

    /// <summary>Starts the server (again, on its port) and waits until it answers.</summary>
    public async Task RestartAsync()
    {
        var info = new ProcessStartInfo("redis-server")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--dir", directory })
            info.ArgumentList.Add(argument);
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "The rate-limit specs on Redis need redis-server on PATH: install it (Debian/Ubuntu: apt-get install redis-server). " + e.Message, e);
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal)) return;
            }
            catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
            {
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
            {
            }
            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(20))
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING (exit code {(process.HasExited ? process.ExitCode : null)}).");
            await Task.Delay(50);
        }
    }

    /// <summary>Sends one command (as RESP) and returns the server's first line of answer, e.g. <c>+OK</c>.</summary>
    public async Task<string> CommandAsync(params string[] arguments)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        var command = new System.Text.StringBuilder($"*{arguments.Length}\r\n");
        foreach (var argument in arguments)
            command.Append(System.Globalization.CultureInfo.InvariantCulture, $"${System.Text.Encoding.UTF8.GetByteCount(argument)}\r\n{argument}\r\n");
        await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(command.ToString()));
        var buffer = new byte[512];
        var read = await stream.ReadAsync(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read).Split("\r\n")[0];
    }

    /// <summary>Kills the server, as a crash would; <see cref="RestartAsync"/> brings it back on the same port.</summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        TryDelete();
    }

    private void Kill()
    {
        try
        {
            process?.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        TryDelete();
    }

    private void TryDelete()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp dir left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
