using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Blog.Stack.Tests;

/// <summary>
/// Real nginx (Debian's package) on a temp prefix directory and a free loopback port, serving the repository's routes
/// (deploy/nginx/blog-locations.conf) over upstreams of the given instances; stopped and removed on dispose.
/// It connects to the instances from 127.0.0.2 (<c>proxy_bind</c>), the one address they trust for forwarded
/// headers, so that a test client on 127.0.0.1 stands for anyone else who reaches an instance directly.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";
    public const string ProxyAddress = "127.0.0.2";

    private readonly string _prefix;
    private readonly int _port;
    private readonly Process _process;

    private NginxProxy(string prefix, int port, Process process)
    {
        _prefix = prefix;
        _port = port;
        _process = process;
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    /// <summary>Starts nginx with one upstream per entry: the upstream's name and the base addresses of its instances.</summary>
    public static async Task<NginxProxy> StartAsync(IReadOnlyDictionary<string, IReadOnlyList<Uri>> upstreams)
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException($"nginx is not installed at {Binary}: apt-get install nginx (Debian's package).");
        var prefix = Directory.CreateTempSubdirectory("blog-nginx-").FullName;
        var port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), Config(prefix, port, upstreams));
        var process = Process.Start(Info(prefix)) ?? throw new InvalidOperationException("Could not start nginx.");
        var proxy = new NginxProxy(prefix, port, process);
        try
        {
            await proxy.WaitUntilListeningAsync(TimeSpan.FromSeconds(10));
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }
        return proxy;
    }

    /// <summary>
    /// Writes new upstreams, has nginx reload them (<c>nginx -s reload</c>) and waits until the workers of the old
    /// configuration have exited: <c>-s reload</c> only sends a signal, and a keep-alive connection still held by an
    /// old worker is closed under the next request sent on it (a reset seen by CI).
    /// </summary>
    public async Task ReloadAsync(IReadOnlyDictionary<string, IReadOnlyList<Uri>> upstreams)
    {
        var oldWorkers = Workers();
        await File.WriteAllTextAsync(Path.Combine(_prefix, "nginx.conf"), Config(_prefix, _port, upstreams));
        var info = Info(_prefix);
        info.ArgumentList.Add("-s");
        info.ArgumentList.Add("reload");
        using var reload = Process.Start(info) ?? throw new InvalidOperationException("Could not run nginx -s reload.");
        var errors = await reload.StandardError.ReadToEndAsync();
        await reload.WaitForExitAsync();
        if (reload.ExitCode != 0) throw new InvalidOperationException($"nginx -s reload exited with {reload.ExitCode}: {errors}\n{ErrorLog()}");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (Workers() is var workers && (workers.Overlaps(oldWorkers) || workers.Count == 0))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"nginx's old workers ({string.Join(", ", oldWorkers)}) had not exited 15 s after the reload:\n{ErrorLog()}");
            await Task.Delay(50);
        }
    }

    /// <summary>The process ids of the master's children (its workers), read from /proc.</summary>
    private HashSet<int> Workers()
    {
        var workers = new HashSet<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid)) continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // The process exited while being read.
            }
            // pid (comm) state ppid …: the command name may hold spaces, so the fields are counted after its ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (int.Parse(fields[1], CultureInfo.InvariantCulture) == _process.Id) workers.Add(pid);
        }
        return workers;
    }

    /// <summary>The access log, in deploy/nginx/blog-log-format.conf's format (a line is written when its request ends).</summary>
    public string AccessLog()
    {
        var path = Path.Combine(_prefix, "access.log");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    /// <summary>nginx's own error log, for failure messages.</summary>
    public string ErrorLog()
    {
        var path = Path.Combine(_prefix, "error.log");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // nginx's workers own their temp directories when it runs as root; likewise harmless.
        }
    }

    private static ProcessStartInfo Info(string prefix)
    {
        var info = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        // -e: the error log from the first line on, before the configuration is read (not /var/log/nginx).
        foreach (var argument in new[] { "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"), "-e", Path.Combine(prefix, "error.log") })
            info.ArgumentList.Add(argument);
        return info;
    }

    private static string Config(string prefix, int port, IReadOnlyDictionary<string, IReadOnlyList<Uri>> upstreams)
    {
        var config = new StringBuilder().Append(CultureInfo.InvariantCulture, $$"""
            daemon off;
            # One worker, so that round-robin is one sequence the tests can reason about.
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            events { worker_connections 256; }
            http {
                include {{Repository.PathOf("deploy/nginx/blog-log-format.conf")}};
                access_log {{prefix}}/access.log blog;
                client_body_temp_path {{prefix}}/client_body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;

            """);
        foreach (var (name, instances) in upstreams)
        {
            config.Append(CultureInfo.InvariantCulture, $"    upstream {name} {{\n");
            foreach (var instance in instances) config.Append(CultureInfo.InvariantCulture, $"        server {instance.Authority};\n");
            config.Append("        keepalive 8;\n    }\n");
        }
        config.Append(CultureInfo.InvariantCulture, $$"""
                server {
                    listen 127.0.0.1:{{port}};
                    proxy_bind {{ProxyAddress}};
                    include {{Repository.PathOf("deploy/nginx/blog-locations.conf")}};
                }
            }

            """);
        return config.ToString();
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}\n{ErrorLog()}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
