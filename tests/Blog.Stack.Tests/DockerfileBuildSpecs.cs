using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Blog.Stack.Tests;

/// <summary>
/// Without an engine, each Dockerfile's build stage is carried out here as written: its COPY lines fill an empty
/// context directory from the repository (minus what .dockerignore leaves out), its RUN lines run in it, and the
/// runtime stage's entry point must be in what the stage published. A file the image needs but the Dockerfile does
/// not copy (a props file, a referenced project, .editorconfig's analyzer settings) fails the build here as it would
/// in `docker build`. The platform's automatic build arguments (`ARG TARGETARCH`) take this machine's values, as
/// `docker build` on it would give them.
/// </summary>
public sealed class DockerfileBuildSpecs
{
    private static readonly string[] Ignored = ["bin", "obj", "node_modules"];

    private static readonly Dictionary<string, string> PlatformArguments = new()
    {
        ["TARGETARCH"] = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "amd64",
            Architecture.Arm64 => "arm64",
            var other => other.ToString().ToLowerInvariant(),
        },
    };

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task The_build_stage_publishes_the_host_from_what_it_copies(string host)
    {
        var lines = Instructions(await File.ReadAllTextAsync(Repository.PathOf($"{host}/Dockerfile"), TestContext.Current.CancellationToken));
        var build = lines.SkipWhile(line => !line.StartsWith("FROM ", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => !line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        var context = Directory.CreateTempSubdirectory("blog-docker-").FullName;
        try
        {
            var source = Path.Combine(context, "src");
            var output = Path.Combine(context, "app");
            var arguments = new Dictionary<string, string>();
            foreach (var line in build)
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (words[0])
                {
                    case "WORKDIR":
                        Assert.Equal("/src", words[1]);
                        Directory.CreateDirectory(source);
                        break;
                    case "COPY":
                        Copy(words[1..^1], Path.Combine(source, words[^1]));
                        break;
                    case "ARG":
                        Assert.True(PlatformArguments.TryGetValue(words[1], out var value),
                            $"{host}/Dockerfile: the build stage has an ARG this test has no value for: {line}");
                        arguments[words[1]] = value;
                        break;
                    case "RUN":
                        await RunAsync(source, [.. words[1..].Select(word => word == "/app" ? output : Substituted(word, arguments))]);
                        break;
                    default:
                        Assert.Fail($"{host}/Dockerfile: the build stage has an instruction this test does not carry out: {line}");
                        break;
                }
            }
            var entryPoint = lines.Single(line => line.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));
            var dll = entryPoint.Split('"')[3];
            Assert.True(File.Exists(Path.Combine(output, dll)), $"the build stage published no {dll}");
            Assert.True(File.Exists(Path.Combine(output, "appsettings.json")), "the build stage published no appsettings.json");
        }
        finally
        {
            Directory.Delete(context, recursive: true);
        }
    }

    /// <summary>The Dockerfile's instructions, one a line: continuations joined, comments and blank lines dropped.</summary>
    private static List<string> Instructions(string dockerfile) => dockerfile.Replace("\\\n", " ", StringComparison.Ordinal)
        .Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

    /// <summary>A word with `$NAME` of a declared ARG replaced by its value, as the shell of a RUN line sees it.</summary>
    private static string Substituted(string word, Dictionary<string, string> arguments) =>
        arguments.Aggregate(word, (current, argument) => current.Replace($"${argument.Key}", argument.Value, StringComparison.Ordinal));

    private static void Copy(string[] sources, string destination)
    {
        foreach (var source in sources)
        {
            var from = Repository.PathOf(source.TrimEnd('/'));
            if (File.Exists(from))
            {
                var target = destination.EndsWith('/') ? Path.Combine(destination, Path.GetFileName(from)) : destination;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(from, target, overwrite: true);
            }
            else
            {
                Assert.True(Directory.Exists(from), $"COPY {source}: no such file or directory in the repository");
                CopyDirectory(from, destination);
            }
        }
    }

    /// <summary>A directory's contents, as `COPY dir/ dest/` copies them, without what .dockerignore keeps out.</summary>
    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(file => !file.EndsWith(".db", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        foreach (var directory in Directory.GetDirectories(from).Where(directory => !Ignored.Contains(Path.GetFileName(directory))))
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    private static async Task RunAsync(string directory, string[] command)
    {
        var info = new ProcessStartInfo(command[0]) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command[1..]) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not run {command[0]}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"RUN {string.Join(' ', command)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
