using Blog.Data.Auth;
using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Blog.Domain.Users;

namespace MvcControllers.Commands;

/// <summary>
/// `createsuperuser`: an active staff user with every permission of the admin (is_superuser). Each of `--username`, `--email`, `--password` not given is asked for on
/// the console (unless `--noinput`), and every value is checked with the shared field rules before anything is saved.
/// The user is made by the shared <see cref="Accounts.RegisterAsync"/> (as the API's register, with the staff flag).
/// </summary>
public static class CreateSuperuserCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        var (options, output) = (context.Options, context.Output);
        var interactive = !options.Has("noinput");
        var username = Ask(context, "username", "Username", FieldRules.Username, interactive);
        var email = username is null ? null : Ask(context, "email", "Email address", FieldRules.Email, interactive);
        var password = email is null ? null : Ask(context, "password", "Password", ConfirmedPassword(context), interactive, secret: true);
        if (username is null || email is null || password is null) return 1;

        User user;
        try
        {
            user = await context.Services.GetRequiredService<Accounts>()
                .RegisterAsync(username, email, password, CancellationToken.None, isStaff: true, isSuperuser: true);
        }
        catch (ConflictError taken)
        {
            await output.WriteLineAsync($"Error: {taken.Message}");
            return 1;
        }
        await output.WriteLineAsync($"Superuser \"{user.Username}\" created successfully (id {user.Id}). Log in at /admin.");
        return 0;
    }

    /// <summary>The option's value, else asked until it passes; null (after saying why) when it cannot be had.</summary>
    private static string? Ask(
        CommandContext context, string option, string prompt, Func<string?, string?> rule, bool interactive, bool secret = false)
    {
        var (options, output) = (context.Options, context.Output);
        if (options.Has(option))
        {
            var given = options[option];
            if (rule(given) is not { } error) return given;
            output.WriteLine($"Error: --{option}: {error}");
            return null;
        }
        if (!interactive)
        {
            output.WriteLine($"Error: --{option} is required with --noinput.");
            return null;
        }
        while (true)
        {
            output.Write($"{prompt}: ");
            var answer = secret ? ReadSecret(context) : context.Input.ReadLine();
            if (answer is null)
            {
                output.WriteLine();
                output.WriteLine($"Error: no {prompt.ToLowerInvariant()} given (end of input).");
                return null;
            }
            if (rule(answer) is not { } error) return answer;
            output.WriteLine($"Error: {error}");
        }
    }

    /// <summary>A typed password passes the shared rule and must be typed twice alike, as Django asks.</summary>
    private static Func<string?, string?> ConfirmedPassword(CommandContext context) => password =>
        FieldRules.Password(password) ?? (context.Options.Has("password") ? null : Confirm(context, password));

    private static string? Confirm(CommandContext context, string? password)
    {
        context.Output.Write("Password (again): ");
        return ReadSecret(context) == password ? null : "Your passwords didn't match.";
    }

    /// <summary>A line typed on a real console is not echoed; piped input is read as it is.</summary>
    private static string? ReadSecret(CommandContext context)
    {
        if (context.Input != Console.In || Console.IsInputRedirected) return context.Input.ReadLine();
        var typed = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        context.Output.WriteLine();
        return typed.ToString();
    }
}
