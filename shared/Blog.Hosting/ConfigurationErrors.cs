using Blog.Data;

namespace Blog.Hosting;

/// <summary>
/// A setting the host cannot start with (an <see cref="InvalidSettingException"/>, thrown while the services are
/// registered or built) ends the process with one line on stderr and <see cref="ExitCode"/>, not a stack trace.
/// </summary>
public static class ConfigurationErrors
{
    /// <summary>
    /// EX_CONFIG of sysexits.h: apart from 1 (the database never answered, which a restart may cure), so that a process
    /// manager can tell a start that no retry will fix (systemd: <c>RestartPreventExitStatus=78</c>).
    /// </summary>
    public const int ExitCode = 78;

    private static int _installed;

    /// <summary>Called first in Program.cs; once per process (a test server that runs Program again adds nothing).</summary>
    public static void ExitWithOneLine()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1) return;
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (InvalidSetting(e.ExceptionObject as Exception) is not { } invalid) return;
            Console.Error.WriteLine($"Configuration error: {invalid.Message}");
            // Ends the process before the runtime prints the exception with its stack trace.
            Environment.Exit(ExitCode);
        };
    }

    /// <summary>The exception itself or the one it wraps (a service whose constructor threw it, for instance).</summary>
    private static InvalidSettingException? InvalidSetting(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
            if (current is InvalidSettingException invalid) return invalid;
        return null;
    }
}
