using System.Diagnostics;
using System.Net.Sockets;
using System.Reflection;

namespace Blog.Tests.Hosts;

/// <summary>
/// One blog host started out of process from its built dll (`dotnet &lt;dll&gt; --urls …`) on a free loopback port,
/// in Development, on the given PostgreSQL database; killed on dispose.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const string MetadataPrefix = "BlogHost:";

    private readonly Process _process;
    private readonly List<string> _lines = [];

    private HostProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>Every host this assembly was built with, by name, with the path of its dll.</summary>
    public static IReadOnlyDictionary<string, string> Built { get; } = typeof(HostProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key.StartsWith(MetadataPrefix, StringComparison.Ordinal) && a.Value is not null)
        .ToDictionary(a => a.Key[MetadataPrefix.Length..], a => a.Value!);

    /// <summary>Starts the host and waits until it answers <c>GET /health</c>.</summary>
    public static async Task<HostProcess> StartAsync(
        string name, string postgresConnectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = Launch(name, postgresConnectionString, settings);
        try
        {
            await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>
    /// Starts the host without waiting for it, with <paramref name="settings"/> as extra environment variables
    /// (e.g. <c>Database__StartupTimeoutSeconds</c>).
    /// </summary>
    public static HostProcess Launch(string name, string postgresConnectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = Built.TryGetValue(name, out var path) ? path
            : throw new InvalidOperationException($"No host named '{name}' was built with this test assembly.");
        if (!File.Exists(dll)) throw new FileNotFoundException($"The {name} host is not built at {dll}.", dll);
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The content root (appsettings.json) is the working directory.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}" }) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Database__Provider"] = "Postgres";
        info.Environment["ConnectionStrings__Blog"] = postgresConnectionString;
        // Cheap hashing only so that the test is quick; each hash records its cost, so every host still verifies it.
        info.Environment["Auth__PasswordIterations"] = "1000";
        // Every request then ends with a "Request finished …" line, which tells a test where one request's log ends.
        info.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        var host = new HostProcess(name, process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Record(e.Data);
        process.ErrorDataReceived += (_, e) => host.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>What the host wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output()
    {
        lock (_lines) return string.Join('\n', _lines);
    }

    /// <summary>How many lines the host has written so far: a mark for <see cref="LinesSince"/>.</summary>
    public int LineCount
    {
        get
        {
            lock (_lines) return _lines.Count;
        }
    }

    /// <summary>The lines the host wrote after <paramref name="mark"/> (a <see cref="LineCount"/>).</summary>
    public IReadOnlyList<string> LinesSince(int mark)
    {
        lock (_lines) return _lines.Skip(mark).ToList();
    }

    /// <summary>Waits for the process to end on its own and returns its exit code; throws when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} was still running after {timeout}:\n{Output()}");
        }
        return _process.ExitCode;
    }

    /// <summary>
    /// What the host wrote from <paramref name="mark"/> (a <see cref="LineCount"/>) to the end of the one request whose
    /// URL contains <paramref name="marker"/> (its "Request finished" line): everything that request made it log.
    /// </summary>
    public async Task<string> OutputOfRequestAsync(int mark, string marker, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var lines = LinesSince(mark);
            var last = lines.ToList().FindIndex(line => line.Contains("Request finished", StringComparison.Ordinal)
                && line.Contains(marker, StringComparison.Ordinal));
            if (last >= 0) return string.Join('\n', lines.Take(last + 1));
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{Name} logged no end of the request '{marker}' within {timeout}:\n{string.Join('\n', lines)}");
            await Task.Delay(20);
        }
    }

    /// <summary>Sends SIGTERM, as a process manager or a container runtime stops a host; returns once it is sent.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -TERM {_process.Id} failed with exit code {kill.ExitCode}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>Polls <c>GET /health</c> until it is 200; throws when the process exits first or <paramref name="timeout"/> passes.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before answering /health:\n{Output()}");
            try
            {
                using var response = await client.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not answer /health within {timeout}:\n{Output()}");
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
