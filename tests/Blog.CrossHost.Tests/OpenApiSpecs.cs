using System.Diagnostics;
using System.Reflection;

namespace Blog.CrossHost.Tests;

/// <summary>
/// One API, one document: the three hosts serve the same OpenAPI document apart from its title, that document is the
/// one committed as docs/openapi.json (which the generated client is built from), and it passes the OpenAPI linter.
/// </summary>
public sealed class OpenApiSpecs(HostsFixture hosts) : IClassFixture<HostsFixture>
{
    private static readonly string Repository = typeof(OpenApiSpecs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static string CommittedDocument => Path.Combine(Repository, "docs", "openapi.json");

    public static TheoryData<string> HostNames() => new(HostProcess.Built.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public async Task The_hosts_serve_one_document_apart_from_its_title()
    {
        var documents = new Dictionary<string, JsonNode>();
        foreach (var name in HostProcess.Built.Keys.Order(StringComparer.Ordinal))
            documents[name] = Untitled(await DocumentAsync(name));
        var (first, expected) = documents.First();
        foreach (var (name, document) in documents.Skip(1))
        {
            var differences = JsonDifferences.Between(expected, document).ToList();
            Assert.True(differences.Count == 0,
                $"{name} serves another document than {first}:\n{string.Join("\n", differences.Take(40))}");
        }
    }

    [Theory]
    [MemberData(nameof(HostNames))]
    public async Task The_committed_docs_openapi_json_is_what_the_host_serves(string name)
    {
        var committed = Untitled(JsonNode.Parse(await File.ReadAllTextAsync(CommittedDocument, TestContext.Current.CancellationToken))!);
        var differences = JsonDifferences.Between(committed, Untitled(await DocumentAsync(name))).ToList();
        Assert.True(differences.Count == 0,
            $"docs/openapi.json is not what {name} serves (regenerate it from a running host: "
            + $"curl -s http://localhost:5001/swagger/v1/swagger.json | python3 -m json.tool --indent 2 > docs/openapi.json, "
            + $"then set info.title to \"Blog API\"):\n{string.Join("\n", differences.Take(40))}");
    }

    [Theory]
    [MemberData(nameof(HostNames))]
    public async Task The_document_passes_the_openapi_linter(string name)
    {
        var linter = Path.Combine(Repository, "tools", "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(linter),
            $"The OpenAPI linter (@redocly/cli) is not installed at {linter}. Install it with `npm ci --prefix tools` "
            + "(needs Node.js 20.19+ and npm; .ci/run does this).");
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{name}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync(name)).ToJsonString(), TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, output) = await RunAsync(linter, "lint", "--config", Path.Combine(Repository, "tools", "redocly.yaml"), "--format=json", file);
            var report = JsonNode.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
            var problems = (report?["problems"] as JsonArray ?? [])
                .Select(p => $"{p?["severity"]} {p?["ruleId"]}: {p?["message"]} at {p?["location"]?[0]?["pointer"]}").ToList();
            Assert.True(exitCode == 0 && problems.Count == 0,
                $"redocly lint found {problems.Count} problem(s) in {name}'s document (exit {exitCode}):\n{string.Join("\n", problems)}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<JsonNode> DocumentAsync(string name)
    {
        using var api = hosts.Api(name);
        return await (await api.GetAsync("/swagger/v1/swagger.json")).ExpectObjectAsync();
    }

    private static JsonNode Untitled(JsonNode document)
    {
        var copy = document.DeepClone();
        (copy["info"] as JsonObject)?.Remove("title");
        return copy;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        return (process.ExitCode, text.Contains('{', StringComparison.Ordinal) ? text : text + await errors);
    }
}
