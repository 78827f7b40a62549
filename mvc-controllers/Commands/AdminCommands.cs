using Blog.Data;

namespace MvcControllers.Commands;

/// <summary>
/// `dotnet run -- createsuperuser` and `dotnet run -- seed`, like Django's manage.py: a command builds the same data
/// services as the web host (configuration, database, migrations), runs, and exits without starting the server.
/// </summary>
public static class AdminCommands
{
    private static readonly Dictionary<string, Func<CommandContext, Task<int>>> Commands = new()
    {
        ["createsuperuser"] = CreateSuperuserCommand.RunAsync,
        ["seed"] = SeedCommand.RunAsync,
    };

    /// <summary>The command's exit code (1 when the database cannot be had), or null when the first argument is not a command.</summary>
    public static async Task<int?> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var command)) return null;
        var options = CommandOptions.Parse(args[1..]);
        // The web host's own builder, never run: the same configuration sources and environment as `dotnet run`.
        var builder = WebApplication.CreateBuilder(options.ConfigurationArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddBlogData(builder.Configuration, builder.Environment);
        await using var host = builder.Build();
        if (!await host.Services.TryMigrateBlogDatabaseAsync()) return 1;
        await using var scope = host.Services.CreateAsyncScope();
        return await command(new CommandContext(scope.ServiceProvider, options, input, output));
    }
}
