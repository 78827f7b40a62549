using System.Diagnostics;

namespace Blog.Stack.Tests;

/// <summary>
/// The Compose client that can read docker-compose.yml here: Docker's compose plugin (<c>docker compose</c>) where it is
/// installed, else Debian's docker-compose package. Neither needs an engine to validate a file.
/// </summary>
public static class ComposeFile
{
    public static async Task<string> RunAsync(params string[] arguments)
    {
        var plugin = await TryRunAsync("docker", ["compose", "-f", Repository.PathOf("docker-compose.yml"), .. arguments]);
        if (plugin is { ExitCode: 0 }) return plugin.Value.Output;
        var standalone = await TryRunAsync("docker-compose", ["-f", Repository.PathOf("docker-compose.yml"), .. arguments])
            ?? throw new InvalidOperationException(
                "No Compose client to validate docker-compose.yml with: apt-get install docker-compose (or Docker's compose plugin).");
        Assert.True(standalone.ExitCode == 0, $"docker-compose {string.Join(' ', arguments)} exited with {standalone.ExitCode}:\n{standalone.Output}");
        return standalone.Output;
    }

    private static async Task<(int ExitCode, string Output)?> TryRunAsync(string program, string[] arguments)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await errors);
        }
    }
}
