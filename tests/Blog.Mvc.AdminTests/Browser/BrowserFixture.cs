using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Blog.Mvc.AdminTests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (its driver ships in the NuGet package; no browser is downloaded) against
/// the host listening on a loopback port. A missing Chromium fails the tests, with how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public KestrelAdminHost Host { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>test-artifacts/screenshots at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    public async ValueTask InitializeAsync()
    {
        try
        {
            if (!File.Exists(ChromiumPath))
                Assert.Fail($"Chromium is not installed at {ChromiumPath}. Install Debian's package: `apt-get update && apt-get install -y chromium` (as root).");
            await Host.InitializeAsync();
            playwright = await Playwright.CreateAsync();
            Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
            });
            Directory.CreateDirectory(ScreenshotFolder);
        }
        catch
        {
            // Neither the host nor a Playwright driver or Chromium may outlive a failed start.
            try
            {
                await DisposeAsync();
            }
            catch
            {
                // The start-up failure is the error worth reporting.
            }
            throw;
        }
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Closes whatever <see cref="InitializeAsync"/> got to (also after a failed start); safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        var browser = Browser;
        Browser = null!;
        var driver = playwright;
        playwright = null;
        try
        {
            if (browser is not null) await browser.CloseAsync();
        }
        finally
        {
            try
            {
                driver?.Dispose();
            }
            finally
            {
                await Host.DisposeAsync();
            }
        }
    }

    private static string FindScreenshotFolder([CallerFilePath] string source = "")
    {
        var folder = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Samples.sln"))) folder = folder.Parent;
        var root = folder?.FullName ?? AppContext.BaseDirectory;
        return Path.Combine(root, "test-artifacts", "screenshots");
    }
}
