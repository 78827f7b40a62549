using Microsoft.EntityFrameworkCore;
using MvcControllers.Commands;

namespace Blog.Mvc.AdminTests.Commands;

public sealed class CommandTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task Createsuperuser_with_arguments_makes_an_active_staff_superuser_who_can_log_in()
    {
        var username = Unique.Name("root");
        var (exitCode, output) = await RunAsync("createsuperuser", "--username", username, "--email", $"{username}@example.com", "--password", AdminHost.Password);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Superuser \"{username}\" created successfully", output);
        var user = await host.QueryAsync(db => db.Users.SingleAsync(u => u.Username == username, Ct));
        Assert.True(user.IsStaff);
        Assert.True(user.IsSuperuser);
        Assert.True(user.IsActive);
        using var client = host.CreateAdminClient();
        await client.LoginOkAsync(username);
    }

    [Fact]
    public async Task Createsuperuser_refuses_values_that_break_the_field_rules_or_are_taken()
    {
        var username = Unique.Name("root");

        var (badEmail, badEmailOutput) = await RunAsync("createsuperuser", "--username", username, "--email", "nope", "--password", AdminHost.Password, "--noinput");
        var (shortPassword, shortOutput) = await RunAsync("createsuperuser", "--username", username, "--email", "a@b.io", "--password", "short", "--noinput");
        var (missing, missingOutput) = await RunAsync("createsuperuser", "--username", username, "--noinput");
        Assert.Equal((1, 1, 1), (badEmail, shortPassword, missing));
        Assert.Contains("--email: Must be a valid email address.", badEmailOutput);
        Assert.Contains("--password: Must be 8 to 128 characters.", shortOutput);
        Assert.Contains("--email is required with --noinput", missingOutput);
        Assert.False(await host.QueryAsync(db => db.Users.AnyAsync(u => u.Username == username, Ct)));

        Assert.Equal(0, (await RunAsync("createsuperuser", "--username", username, "--email", $"{username}@example.com", "--password", AdminHost.Password)).ExitCode);
        var (taken, takenOutput) = await RunAsync("createsuperuser", "--username", username.ToUpperInvariant(), "--email", "other@example.com", "--password", AdminHost.Password);
        Assert.Equal(1, taken);
        Assert.Contains("already taken", takenOutput);
    }

    [Fact]
    public async Task Createsuperuser_asks_on_the_console_for_what_the_arguments_leave_out()
    {
        var username = Unique.Name("asked");
        var input = new StringReader($"x\n{username}\n{username}@example.com\nshort\n{AdminHost.Password}\n{AdminHost.Password}\n");

        var (exitCode, output) = await RunAsync(input, "createsuperuser");

        Assert.Equal(0, exitCode);
        Assert.Contains("Username: Error: Must be 3 to 50 characters.", output);
        Assert.Contains("Password (again): ", output);
        Assert.True(await host.QueryAsync(db => db.Users.AnyAsync(u => u.Username == username && u.IsStaff, Ct)));
    }

    [Fact]
    public async Task Seed_adds_demo_data_once_and_a_second_run_adds_nothing()
    {
        var (first, firstOutput) = await RunAsync("seed");
        var counts = await CountsAsync();
        var (second, secondOutput) = await RunAsync("seed");

        Assert.Equal((0, 0), (first, second));
        Assert.Contains("Seeded 3 user(s), 9 post(s)", firstOutput);
        Assert.Contains("Seeded 0 user(s), 0 post(s) and 0 comment(s)", secondOutput);
        Assert.Equal(counts, await CountsAsync());
        Assert.True(counts.Comments > 0);
        Assert.True(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Slug == "hello-world" && p.Tags.Any(t => t.Name == "intro"), Ct)));
    }

    [Fact]
    public async Task Arguments_that_name_no_command_start_the_web_host()
    {
        Assert.Null(await AdminCommands.RunAsync([], TextReader.Null, TextWriter.Null));
        Assert.Null(await AdminCommands.RunAsync(["--urls", "http://127.0.0.1:5003"], TextReader.Null, TextWriter.Null));
        Assert.Null(await AdminCommands.RunAsync(["Urls=http://127.0.0.1:5003"], TextReader.Null, TextWriter.Null));
        Assert.Null(await AdminCommands.RunAsync(["/urls", "http://127.0.0.1:5003"], TextReader.Null, TextWriter.Null));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage_and_exits_0(string help)
    {
        var (exitCode, output) = await RunAsync(help);

        Assert.Equal(0, exitCode);
        AssertUsage(output);
    }

    [Fact]
    public async Task A_mistyped_command_is_named_with_the_usage_and_exits_2()
    {
        var (exitCode, output) = await RunAsync("creatsuperuser", "--username", "someone");

        Assert.Equal(AdminCommands.UsageExitCode, exitCode);
        Assert.StartsWith("Unknown command 'creatsuperuser'.\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        AssertUsage(output);
        Assert.False(await host.QueryAsync(db => db.Users.AnyAsync(u => u.Username == "someone", Ct)));
    }

    private static void AssertUsage(string output)
    {
        Assert.Contains("Usage: dotnet run --project mvc-controllers -- <command>", output);
        Assert.Contains("\n  createsuperuser ", output.ReplaceLineEndings("\n"));
        Assert.Contains("\n  seed ", output.ReplaceLineEndings("\n"));
        Assert.Contains("Without a command the web server starts: dotnet run --project mvc-controllers", output);
    }

    private Task<(int Users, int Posts, int Comments)> CountsAsync() => host.QueryAsync(async db =>
        (await db.Users.CountAsync(Ct), await db.Posts.CountAsync(Ct), await db.Comments.CountAsync(Ct)));

    private Task<(int? ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(TextReader.Null, args);

    /// <summary>Runs a command in-process on the test host's database, as `dotnet run -- ARGS` would.</summary>
    private async Task<(int? ExitCode, string Output)> RunAsync(TextReader input, params string[] args)
    {
        var output = new StringWriter();
        string[] configuration = ["--environment", "Development", "--Database:Provider", "Sqlite",
            "--ConnectionStrings:Blog", host.ConnectionString, "--Auth:PasswordIterations", "1000"];
        var exitCode = await AdminCommands.RunAsync([.. args, .. configuration], input, output);
        return (exitCode, output.ToString());
    }
}
