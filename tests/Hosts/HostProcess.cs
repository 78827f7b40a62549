using System.Diagnostics;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Blog.Tests.Hosts;

/// <summary>
/// One blog host started out of process from its built dll (`dotnet &lt;dll&gt; --urls …`) on a free loopback port,
/// in Development, on the given PostgreSQL database; killed on dispose.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const string MetadataPrefix = "BlogHost:";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

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

    public static async Task<HostProcess> StartAsync(string name, string postgresConnectionString)
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

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        var host = new HostProcess(name, process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Record(e.Data);
        process.ErrorDataReceived += (_, e) => host.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
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

    /// <summary>What the host wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output()
    {
        lock (_output) return _output.ToString();
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

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
