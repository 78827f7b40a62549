using System.Diagnostics;
using System.Reflection;

namespace Blog.CrossHost.Tests;

/// <summary>
/// One API, one document per version: the three hosts serve the same OpenAPI documents apart from their title, those
/// are the ones committed as docs/openapi.json (v1, which the generated client is built from) and
/// docs/openapi-v2.json (v2), and they pass the OpenAPI linter.
/// </summary>
public sealed class OpenApiSpecs(HostsFixture hosts) : IClassFixture<HostsFixture>
{
    private static readonly string Repository = typeof(OpenApiSpecs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    private static string CommittedDocument(string version) =>
        Path.Combine(Repository, "docs", version == "v1" ? "openapi.json" : $"openapi-{version}.json");

    public static TheoryData<string> Versions() => new("v1", "v2");

    public static TheoryData<string, string> HostsAndVersions()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in HostProcess.Built.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name, "v1");
            data.Add(name, "v2");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task The_hosts_serve_one_document_apart_from_its_title(string version)
    {
        var documents = new Dictionary<string, JsonNode>();
        foreach (var name in HostProcess.Built.Keys.Order(StringComparer.Ordinal))
            documents[name] = Untitled(await DocumentAsync(name, version));
        var (first, expected) = documents.First();
        foreach (var (name, document) in documents.Skip(1))
        {
            var differences = JsonDifferences.Between(expected, document).ToList();
            Assert.True(differences.Count == 0,
                $"{name} serves another document than {first}:\n{string.Join("\n", differences.Take(40))}");
        }
    }

    [Theory]
    [MemberData(nameof(HostsAndVersions))]
    public async Task The_committed_docs_openapi_json_is_what_the_host_serves(string name, string version)
    {
        var file = CommittedDocument(version);
        var committed = Untitled(JsonNode.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken))!);
        var differences = JsonDifferences.Between(committed, Untitled(await DocumentAsync(name, version))).ToList();
        Assert.True(differences.Count == 0,
            $"docs/{Path.GetFileName(file)} is not what {name} serves (regenerate it from a running host: "
            + $"curl -s http://localhost:5001/swagger/{version}/swagger.json | python3 -m json.tool --indent 2 > docs/{Path.GetFileName(file)}, "
            + $"then set info.title to \"Blog API\"):\n{string.Join("\n", differences.Take(40))}");
    }

    [Theory]
    [MemberData(nameof(HostsAndVersions))]
    public async Task The_document_passes_the_openapi_linter(string name, string version)
    {
        var linter = Path.Combine(Repository, "tools", "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(linter),
            $"The OpenAPI linter (@redocly/cli) is not installed at {linter}. Install it with `npm ci --prefix tools` "
            + "(needs Node.js 20.19+ and npm; .ci/run does this).");
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{name}-{version}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync(name, version)).ToJsonString(), TestContext.Current.CancellationToken);
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

    private async Task<JsonNode> DocumentAsync(string name, string version)
    {
        using var api = hosts.Api(name);
        return await (await api.GetAsync($"/swagger/{version}/swagger.json")).ExpectObjectAsync();
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
