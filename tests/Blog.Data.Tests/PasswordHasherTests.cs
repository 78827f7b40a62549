using Blog.Data.Auth;
using Blog.Domain.Errors;
using Blog.Domain.Users;
using Microsoft.Extensions.Configuration;

namespace Blog.Data.Tests;

public class PasswordHasherTests
{
    private static PasswordHasher Hasher(int iterations) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:PasswordIterations"] = iterations.ToString() })
        .Build());

    [Fact]
    public void A_hash_verifies_its_password_only()
    {
        var hasher = Hasher(1000);
        var hash = hasher.Hash("correct horse");
        Assert.True(hasher.Verify("correct horse", hash));
        Assert.False(hasher.Verify("correct horse!", hash));
    }

    [Fact]
    public void Hashes_are_salted_and_record_their_cost()
    {
        var hasher = Hasher(1234);
        var first = hasher.Hash("same");
        Assert.NotEqual(first, hasher.Hash("same"));
        Assert.StartsWith("pbkdf2-sha256$1234$", first);
    }

    [Fact]
    public void A_hash_made_at_another_cost_still_verifies() =>
        Assert.True(Hasher(2000).Verify("pw", Hasher(1000).Hash("pw")));

    [Fact]
    public void The_default_cost_is_the_current_owasp_figure() =>
        Assert.StartsWith($"pbkdf2-sha256${PasswordHasher.DefaultIterations}$",
            new PasswordHasher(new ConfigurationBuilder().Build()).Hash("pw"));

    [Fact]
    public void Unknown_user_wrong_password_and_inactive_user_fail_alike()
    {
        var hasher = Hasher(1000);
        var active = User.Create("u", "u@x.io", hasher.Hash("password"), DateTime.UtcNow);
        var inactive = User.Create("v", "v@x.io", hasher.Hash("password"), DateTime.UtcNow);
        inactive.IsActive = false;
        Assert.Same(active, hasher.Authenticate(active, "password"));
        var messages = new[]
        {
            Assert.Throws<UnauthorizedError>(() => hasher.Authenticate(null, "password")).Message,
            Assert.Throws<UnauthorizedError>(() => hasher.Authenticate(active, "wrong")).Message,
            Assert.Throws<UnauthorizedError>(() => hasher.Authenticate(inactive, "password")).Message,
        };
        Assert.Single(messages.Distinct());
    }
}
