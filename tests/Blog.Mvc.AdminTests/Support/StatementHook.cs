using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Blog.Mvc.AdminTests.Support;

/// <summary>
/// Runs a test's code once, just before the host sends the first statement that matches: how a test makes someone
/// else's write land in the middle of a request.
/// </summary>
public sealed class StatementHook : DbCommandInterceptor
{
    private (Func<string, bool> When, Func<Task> Run)? pending;

    public void Once(Func<string, bool> when, Func<Task> run) => pending = (when, run);

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await RunAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await RunAsync(command);
        return result;
    }

    private async Task RunAsync(DbCommand command)
    {
        if (pending is { } hook && hook.When(command.CommandText))
        {
            pending = null;
            await hook.Run();
        }
    }
}
