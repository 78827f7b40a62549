namespace Blog.Mvc.AdminTests.Site;

/// <summary>
/// The SignalR browser client is committed under mvc-controllers/wwwroot/lib/signalr, so that the host runs with the
/// .NET SDK alone; it must be the very file of the version tools/package.json pins. An upgrade: change the version,
/// <c>npm install --prefix tools</c>, copy the file.
/// </summary>
public sealed class VendoredSignalRTests
{
    [Fact]
    public void The_vendored_client_is_the_one_npm_installs()
    {
        var root = RepositoryRoot();
        var installed = Path.Combine(root, "tools", "node_modules", "@microsoft", "signalr", "dist", "browser", "signalr.min.js");
        Assert.True(File.Exists(installed), $"{installed} is missing: run `npm ci --prefix tools` (Node.js and npm) first.");
        var vendored = Path.Combine(root, "mvc-controllers", "wwwroot", "lib", "signalr", "signalr.min.js");
        Assert.True(File.ReadAllBytes(vendored).AsSpan().SequenceEqual(File.ReadAllBytes(installed)),
            $"{vendored} differs from {installed}: copy the installed one over it.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Samples.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Samples.sln not found above " + AppContext.BaseDirectory);
    }
}
