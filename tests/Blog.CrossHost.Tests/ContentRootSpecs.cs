using System.Diagnostics;
using System.Net.Sockets;

namespace Blog.CrossHost.Tests;

/// <summary>
/// A host started from any working directory finds its own files: its content root (appsettings.json) is its
/// directory, and mvc serves its stylesheets under /static, in Development and in Production.
/// </summary>
public sealed class ContentRootSpecs
{
    public static TheoryData<string, string> HostsAndEnvironments()
    {
        var data = new TheoryData<string, string>();
        foreach (var host in HostProcess.Built.Keys)
        foreach (var environment in new[] { "Development", "Production" })
            data.Add(host, environment);
        return data;
    }

    [Theory]
    [MemberData(nameof(HostsAndEnvironments))]
    public async Task A_host_started_from_another_directory_finds_its_content(string name, string environment)
    {
        var dll = HostProcess.Built[name];
        var directory = Directory.CreateTempSubdirectory("blog-cwd-");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory.FullName,
        };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}" }) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["Jwt__SigningKey"] = "a-test-signing-key-of-at-least-32-bytes";
        info.Environment["ConnectionStrings__Blog"] = $"Data Source={Path.Combine(directory.FullName, "blog.db")}";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        var output = new List<string>();
        process.OutputDataReceived += (_, e) => { lock (output) if (e.Data is not null) output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) if (e.Data is not null) output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        string Log() { lock (output) return string.Join('\n', output); }
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilHealthyAsync(client, process, Log);

            var root = Path.GetDirectoryName(dll)!;
            Assert.True(Log().Contains($"Content root path: {root}", StringComparison.Ordinal), $"content root {root}:\n{Log()}");
            if (name == "mvc-controllers")
            {
                foreach (var stylesheet in new[] { "static/site/site.css", "static/admin/admin.css" })
                {
                    using var response = await client.GetAsync(stylesheet, TestContext.Current.CancellationToken);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{stylesheet}: {(int)response.StatusCode}\n{Log()}");
                    Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            directory.Delete(recursive: true);
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client, Process process, Func<string> log)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, $"the host exited with {(process.HasExited ? process.ExitCode : 0)}:\n{log()}");
            try
            {
                using var response = await client.GetAsync("health", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(DateTime.UtcNow < deadline, $"no answer from /health within 60 s:\n{log()}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
