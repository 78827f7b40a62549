using System.Diagnostics;
using Blog.Data.Auth;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Blog.Stack.Tests;

/// <summary>Gives a user a password hash that costs about a given time to verify (PBKDF2's iterations are stored in it).</summary>
public static class SlowPassword
{
    private const int Probe = 50_000;

    public static async Task SetAsync(string connectionString, long userId, string password, TimeSpan cost)
    {
        var probe = Hasher(Probe);
        var clock = Stopwatch.StartNew();
        probe.Hash(password);
        var iterations = (int)Math.Min(int.MaxValue, Probe * cost.TotalMilliseconds / Math.Max(1, clock.Elapsed.TotalMilliseconds));
        var hash = Hasher(iterations).Hash(password);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE users SET password_hash = @hash WHERE id = @id", connection);
        update.Parameters.AddWithValue("hash", hash);
        update.Parameters.AddWithValue("id", (int)userId);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    private static PasswordHasher Hasher(int iterations) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:PasswordIterations"] = iterations.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        .Build());
}
