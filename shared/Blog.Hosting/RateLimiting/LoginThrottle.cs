using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Blog.Domain.Errors;
using Blog.Domain.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// <see cref="RateLimitPolicies.LoginFailures"/>, consulted by each host's login handler around its password check:
/// an attempt takes a permit of the username's window before the check and keeps it only for a refused password, so
/// that of any number of simultaneous wrong attempts exactly PermitLimit are checked. An attempt that finds the
/// window full of attempts still being checked (not of refused passwords) gives its permit back and waits for them:
/// simultaneous right logins all succeed. Known and unknown usernames are counted alike, under the name as login folds it.
/// </summary>
public sealed partial class LoginThrottle(RateLimitSettings settings, IWindowCounters counters, IHttpContextAccessor requests, ILogger<LoginThrottle> logger)
{
    /// <summary>How long an attempt waits for the attempts ahead of it at most; how often it looks again.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(20);

    public async Task<T> GuardAsync<T>(string username, Func<Task<T>> login, CancellationToken cancellationToken)
    {
        // Hashed: the key's length stays fixed whatever a client sends as a username.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(User.Normalize(username))));
        var outcome = await TakeTurnAsync(key, cancellationToken);
        Record(outcome);
        var refused = false;
        try
        {
            return await login();
        }
        catch (UnauthorizedError)
        {
            refused = true;
            await RateLimitOutcome.CountRefusalAsync(counters, settings.LoginFailures, key, CancellationToken.None);
            throw;
        }
        finally
        {
            // Only a refused password counts; a success, a cancellation or a database that failed gives the permit back.
            if (!refused && await GiveBackAsync(outcome, key) is { } givenBack) Record(givenBack);
        }
    }

    /// <summary>A granted outcome whose permit the caller holds; or a refusal thrown, holding none.</summary>
    private async Task<RateLimitOutcome> TakeTurnAsync(string key, CancellationToken cancellationToken)
    {
        var rule = settings.LoginFailures;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var outcome = await RateLimitOutcome.TakeAsync(counters, rule, key, cancellationToken);
            if (!outcome.Refused) return outcome;
            try
            {
                if (await RateLimitOutcome.RefusalsAsync(counters, rule, key, cancellationToken) >= rule.PermitLimit)
                    throw Refusal(outcome);
                // Still busy after the longest wait: worth retrying soon, not at the window's end.
                if (waited.Elapsed > MaxWait)
                    throw Refusal(outcome with { ResetSeconds = Math.Min(outcome.ResetSeconds, (int)MaxWait.TotalSeconds) });
            }
            finally
            {
                await GiveBackAsync(outcome, key);
            }
            await Task.Delay(RetryEvery, cancellationToken);
        }
    }

    private RateLimitedException Refusal(RateLimitOutcome outcome)
    {
        Record(outcome);
        return new RateLimitedException(outcome);
    }

    /// <summary>
    /// Gives a permit back, whatever the request was cancelled by; a store that fails meanwhile is logged, not answered:
    /// the permit is over-counted until the window ends, and a login that succeeded stays a success.
    /// </summary>
    private async Task<RateLimitOutcome?> GiveBackAsync(RateLimitOutcome outcome, string key)
    {
        try
        {
            return await outcome.GiveBackAsync(counters, key, CancellationToken.None);
        }
        catch (RateLimitsUnavailableException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            PermitNotGivenBack(logger, outcome.Rule.Name, reason);
            return null;
        }
    }

    private void Record(RateLimitOutcome outcome)
    {
        if (requests.HttpContext is { } context) RateLimitHeaders.Record(context, outcome);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A permit of {Rule} was not given back, the rate limits' store failing: {Reason}")]
    private static partial void PermitNotGivenBack(ILogger logger, string rule, string reason);
}
