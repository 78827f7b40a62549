using Blog.Data;

namespace MvcControllers.Commands;

/// <summary>
/// `dotnet run -- createsuperuser` and `dotnet run -- seed`, like Django's manage.py: a command builds the same data
/// services as the web host (configuration, database, migrations), runs, and exits without starting the server.
/// </summary>
public static class AdminCommands
{
    /// <summary>A mistyped command, as a shell's usage error (2), apart from a command that ran and failed (1).</summary>
    public const int UsageExitCode = 2;

    private static readonly Dictionary<string, (string Summary, Func<CommandContext, Task<int>> Run)> Commands = new()
    {
        ["createsuperuser"] = ("an active staff superuser for /admin; [--username x] [--email y] [--password z] [--noinput]",
            CreateSuperuserCommand.RunAsync),
        ["seed"] = ("demo users alice, bob and carol (password demo-password), their posts and comments; safe to run twice",
            SeedCommand.RunAsync),
    };

    private static readonly HashSet<string> Help = ["help", "--help", "-h"];

    /// <summary>
    /// The command's exit code (1 when the database cannot be had), 0 after the usage for `help`, 2 after it for a word
    /// that names no command; null when the arguments are the web server's (none, or settings such as `--urls x` and
    /// `Urls=x`, which never begin with a bare word).
    /// </summary>
    public static async Task<int?> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        if (args.Length == 0) return null;
        if (Help.Contains(args[0]))
        {
            await WriteUsageAsync(output);
            return 0;
        }
        if (!Commands.TryGetValue(args[0], out var command))
        {
            if (!IsCommandName(args[0])) return null;
            await output.WriteLineAsync($"Unknown command '{args[0]}'.");
            await WriteUsageAsync(output);
            return UsageExitCode;
        }
        var options = CommandOptions.Parse(args[1..]);
        // The web host's own builder, never run: the same configuration sources and environment as `dotnet run`.
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { Args = options.ConfigurationArgs, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddBlogData(builder.Configuration, builder.Environment);
        await using var host = builder.Build();
        if (!await host.Services.TryMigrateBlogDatabaseAsync()) return 1;
        await using var scope = host.Services.CreateAsyncScope();
        return await command.Run(new CommandContext(scope.ServiceProvider, options, input, output));
    }

    /// <summary>A bare word: what the command line configuration never takes (`--key value`, `/key value`, `key=value`).</summary>
    private static bool IsCommandName(string argument) =>
        !argument.StartsWith('-') && !argument.StartsWith('/') && !argument.Contains('=', StringComparison.Ordinal);

    private static async Task WriteUsageAsync(TextWriter output)
    {
        await output.WriteLineAsync("Usage: dotnet run --project mvc-controllers -- <command> [options] [settings]");
        await output.WriteLineAsync();
        await output.WriteLineAsync("Commands:");
        foreach (var (name, (summary, _)) in Commands) await output.WriteLineAsync($"  {name,-18}{summary}");
        await output.WriteLineAsync($"  {"help",-18}this text");
        await output.WriteLineAsync();
        await output.WriteLineAsync("Without a command the web server starts: dotnet run --project mvc-controllers [-- --urls http://localhost:5003]");
        await output.WriteLineAsync("Settings as for the server, e.g. --ConnectionStrings:Blog \"Data Source=blog.db\" --Database:Provider Sqlite");
    }
}
