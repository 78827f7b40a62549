using System.Diagnostics;

namespace Blog.CrossHost.Tests;

/// <summary>
/// A setting a host cannot start with is one line on stderr naming the key, and exit code 78, never a stack trace:
/// read at start-up (not at the first request that needs it), by every host and by the mvc host's commands.
/// </summary>
public sealed class ConfigurationErrorSpecs
{
    public static TheoryData<string, string, string, string> HostsAndSettings()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var host in HostProcess.Built.Keys)
        {
            data.Add(host, "Database__Provider", "Foo", "Database:Provider");
            data.Add(host, "Database__StartupTimeoutSeconds", "soon", "Database:StartupTimeoutSeconds");
            data.Add(host, "Auth__PasswordIterations", "0", "Auth:PasswordIterations");
            data.Add(host, "Jwt__AccessTokenMinutes", "half an hour", "Jwt:AccessTokenMinutes");
            data.Add(host, "ASPNETCORE_ENVIRONMENT", "Production", "Jwt:SigningKey");
            data.Add(host, "Database__Provider", "7", "Database:Provider");
            data.Add(host, "ForwardedHeaders__KnownProxies", "10.0.0.1,proxy.local", "ForwardedHeaders:KnownProxies");
            data.Add(host, "ForwardedHeaders__KnownNetworks", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks");
            data.Add(host, "Swagger__Enabled", "yes please", "Swagger:Enabled");
            data.Add(host, "OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT");
            data.Add(host, "Jobs__Server", "maybe", "Jobs:Server");
            data.Add(host, "Jobs__PurgeCron", "every hour", "Jobs:PurgeCron");
            data.Add(host, "Cache__Seconds", "0", "Cache:Seconds");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HostsAndSettings))]
    public async Task A_bad_setting_stops_the_host_with_one_line_and_exit_code_78(string name, string variable, string value, string key)
    {
        var (exitCode, lines) = await RunAsync(name, [], variable, value);

        AssertOneLineNaming(key, exitCode, lines);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("createsuperuser")]
    public async Task A_bad_setting_stops_an_mvc_command_with_one_line_and_exit_code_78(string command)
    {
        var (exitCode, lines) = await RunAsync("mvc-controllers", [command, "--noinput"], "Database__Provider", "Foo");

        AssertOneLineNaming("Database:Provider", exitCode, lines);
    }

    private static void AssertOneLineNaming(string key, int exitCode, List<string> lines)
    {
        var log = string.Join('\n', lines);
        Assert.True(exitCode == 78, $"exit code {exitCode}, expected 78:\n{log}");
        var line = Assert.Single(lines);
        Assert.StartsWith($"Configuration error: {key} ", line, StringComparison.Ordinal);
    }

    /// <summary>Runs the built host with one setting changed until it exits; its exit code and every line it wrote.</summary>
    private static async Task<(int ExitCode, List<string> Lines)> RunAsync(string name, string[] arguments, string variable, string value)
    {
        var dll = HostProcess.Built[name];
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var argument in (string[])[dll, .. arguments, "--urls", "http://127.0.0.1:0"]) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // No database is ever reached: every setting is read before the first connection.
        info.Environment["Database__Provider"] = "Postgres";
        info.Environment["ConnectionStrings__Blog"] = "Host=127.0.0.1;Port=1;Username=nobody";
        info.Environment[variable] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{name} with {variable}={value} was still running after 30 s:\n{await output}\n{await error}");
        }
        var lines = $"{await output}\n{await error}".Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, lines);
    }
}
