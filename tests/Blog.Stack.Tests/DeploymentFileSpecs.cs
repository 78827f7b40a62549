using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Blog.Stack.Tests;

/// <summary>
/// What can be checked of the container files without an engine: the compose file is valid and complete, nginx's
/// compose configuration matches its services and the shared routes, and each Dockerfile copies what its host builds from.
/// </summary>
public sealed partial class DeploymentFileSpecs
{
    private static readonly string[] Services =
        ["carter-modules", "jaeger", "minimal-api", "mvc-controllers", "nginx", "otel-collector", "postgres", "prometheus", "redis"];

    [Fact]
    public async Task The_compose_file_is_valid_and_has_every_service_of_the_stack()
    {
        await ComposeFile.RunAsync("config", "--quiet");
        var services = (await ComposeFile.RunAsync("config", "--services")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Services, services.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_replica_of_every_host_runs_in_production_with_the_one_signing_key_one_redis_and_the_proxy_as_its_only_trusted_one()
    {
        var config = await ComposeFile.RunAsync("config");
        var nginxAddress = NginxAddress().Match(config).Groups[1].Value;
        foreach (var (host, _, _) in StackFixture.Hosts)
        {
            var service = ServiceBlock(config, host);
            Assert.Contains("replicas: 2", service, StringComparison.Ordinal);
            Assert.Contains("ASPNETCORE_ENVIRONMENT: Production", service, StringComparison.Ordinal);
            Assert.Contains($"ForwardedHeaders__KnownProxies: {nginxAddress}", service, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings__Redis: redis:6379", service, StringComparison.Ordinal);
            Assert.Contains("condition: service_healthy", service, StringComparison.Ordinal);
        }
        var keys = StackFixture.Hosts.Select(h => SigningKey().Match(ServiceBlock(config, h.Name)).Groups[1].Value).Distinct().ToList();
        Assert.True(keys is [{ Length: >= 32 }], $"one signing key of at least 32 bytes for every host; found {keys.Count}");
    }

    [Fact]
    public async Task Nginx_routes_to_the_compose_services_through_the_shared_locations()
    {
        var nginx = await File.ReadAllTextAsync(Repository.PathOf("deploy/nginx/nginx.conf"), TestContext.Current.CancellationToken);
        var locations = await File.ReadAllTextAsync(Repository.PathOf("deploy/nginx/blog-locations.conf"), TestContext.Current.CancellationToken);
        var compose = await File.ReadAllTextAsync(Repository.PathOf("docker-compose.yml"), TestContext.Current.CancellationToken);
        Assert.Contains("include /etc/nginx/blog-locations.conf;", nginx, StringComparison.Ordinal);
        Assert.Contains("./deploy/nginx/blog-locations.conf:/etc/nginx/blog-locations.conf", compose, StringComparison.Ordinal);
        foreach (var (host, prefix, upstream) in StackFixture.Hosts)
        {
            Assert.Contains($"location {prefix}/ {{\n    proxy_pass http://{upstream}/;", locations, StringComparison.Ordinal);
            Assert.Matches($@"upstream {upstream} {{[^}}]*server {host}:8080 resolve;", nginx);
        }
    }

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task Each_dockerfile_restores_from_every_project_its_host_builds_from_and_runs_it_as_a_non_root_user_with_a_health_check(string host)
    {
        var dockerfile = await File.ReadAllTextAsync(Repository.PathOf($"{host}/Dockerfile"), TestContext.Current.CancellationToken);
        var project = Directory.GetFiles(Repository.PathOf(host), "*.csproj").Single();
        var restoreStage = dockerfile[..dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal)];
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" })
            Assert.Contains(file, restoreStage, StringComparison.Ordinal);
        foreach (var reference in ProjectClosure(project))
        {
            var relative = Path.GetRelativePath(Repository.Root, reference).Replace('\\', '/');
            Assert.Contains($"COPY {relative} {Path.GetDirectoryName(relative)!.Replace('\\', '/')}/", restoreStage, StringComparison.Ordinal);
        }
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{Path.GetFileNameWithoutExtension(project)}.dll\"]", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"\nUSER \$APP_UID\n", dockerfile);
        Assert.Matches(@"HEALTHCHECK [^\n]*\\\n\s+CMD wget -q --spider http://127\.0\.0\.1:8080/health", dockerfile);
    }

    /// <summary>The project and every project it references, transitively.</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next)) continue;
            foreach (var reference in XDocument.Load(next).Descendants("ProjectReference"))
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, reference.Attribute("Include")!.Value)));
        }
        return found;
    }

    /// <summary>One service's lines of <c>docker compose config</c>'s output (two spaces in, up to the next service).</summary>
    private static string ServiceBlock(string config, string service)
    {
        var start = config.IndexOf($"\n  {service}:\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no service {service} in:\n{config}");
        var end = NextService().Match(config, start + service.Length + 5);
        return end.Success ? config[start..end.Index] : config[start..];
    }

    [GeneratedRegex(@"ipv4_address: ([0-9.]+)")]
    private static partial Regex NginxAddress();

    [GeneratedRegex(@"Jwt__SigningKey: (\S+)")]
    private static partial Regex SigningKey();

    [GeneratedRegex(@"\n  \S[^\n]*:\n|\n\S")]
    private static partial Regex NextService();
}
