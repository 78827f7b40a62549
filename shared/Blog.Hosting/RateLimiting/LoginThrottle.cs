using System.Security.Cryptography;
using System.Text;
using Blog.Domain.Errors;
using Blog.Domain.Users;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// <see cref="RateLimitPolicies.LoginFailures"/>, consulted by each host's login handler around its password check:
/// an attempt takes a permit of the username's window before the check and a successful login gives it back, so
/// that of any number of simultaneous wrong attempts exactly PermitLimit are checked. An attempt that finds the
/// window full of attempts still being checked (not of refused passwords) gives its permit back and waits for them:
/// simultaneous right logins all succeed. Known and unknown usernames are counted alike, under the name as login folds it.
/// </summary>
public sealed class LoginThrottle(RateLimitSettings settings, IWindowCounters counters, IHttpContextAccessor requests)
{
    public async Task<T> GuardAsync<T>(string username, Func<Task<T>> login, CancellationToken cancellationToken)
    {
        // Hashed: the key's length stays fixed whatever a client sends as a username.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(User.Normalize(username))));
        var rule = settings.LoginFailures;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var outcome = await RateLimitOutcome.TakeAsync(counters, rule, key, cancellationToken);
        while (outcome.Refused)
        {
            if (await RateLimitOutcome.RefusalsAsync(counters, rule, key, cancellationToken) >= rule.PermitLimit || waited.Elapsed > MaxWait)
            {
                Record(outcome);
                throw new RateLimitedException(outcome);
            }

            await outcome.GiveBackAsync(counters, key, cancellationToken);
            await Task.Delay(RetryEvery, cancellationToken);
            outcome = await RateLimitOutcome.TakeAsync(counters, rule, key, cancellationToken);
        }

        Record(outcome);
        var failed = false;
        try
        {
            return await login();
        }
        catch (UnauthorizedError)
        {
            failed = true;
            await RateLimitOutcome.CountRefusalAsync(counters, rule, key, CancellationToken.None);
            throw;
        }
        finally
        {
            // Only a refused password counts; a success, or a database that failed meanwhile, gives the permit back.
            if (!failed) Record(await outcome.GiveBackAsync(counters, key, CancellationToken.None));
        }
    }

    /// <summary>How long an attempt waits for the attempts ahead of it at most; how often it looks again.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(20);

    private void Record(RateLimitOutcome outcome)
    {
        if (requests.HttpContext is { } context) RateLimitHeaders.Record(context, outcome);
    }
}
