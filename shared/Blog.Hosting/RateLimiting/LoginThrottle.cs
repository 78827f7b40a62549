using System.Security.Cryptography;
using System.Text;
using Blog.Domain.Errors;
using Blog.Domain.Users;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// <see cref="RateLimitPolicies.LoginFailures"/>, consulted by each host's login handler around its password check:
/// an attempt takes a permit of the username's window before the check and a successful login gives it back, so
/// that of any number of simultaneous wrong attempts exactly PermitLimit are checked. Known and unknown usernames
/// are counted alike, under the name as login folds it.
/// </summary>
public sealed class LoginThrottle(RateLimitSettings settings, IWindowCounters counters, IHttpContextAccessor requests)
{
    public async Task<T> GuardAsync<T>(string username, Func<Task<T>> login, CancellationToken cancellationToken)
    {
        // Hashed: the key's length stays fixed whatever a client sends as a username.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(User.Normalize(username))));
        var outcome = await RateLimitOutcome.TakeAsync(counters, settings.LoginFailures, key, cancellationToken);
        Record(outcome);
        if (outcome.Refused) throw new RateLimitedException(outcome);
        var failed = false;
        try
        {
            return await login();
        }
        catch (UnauthorizedError)
        {
            failed = true;
            throw;
        }
        finally
        {
            // Only a refused password counts; a success, or a database that failed meanwhile, gives the permit back.
            if (!failed) Record(await outcome.GiveBackAsync(counters, key, CancellationToken.None));
        }
    }

    private void Record(RateLimitOutcome outcome)
    {
        if (requests.HttpContext is { } context) RateLimitHeaders.Record(context, outcome);
    }
}
