namespace Blog.Stack.Tests;

/// <summary>The hosts as theory data, and what their instances logged about the requests they served.</summary>
public static class StackHosts
{
    public static TheoryData<string> Names() => new(StackFixture.Hosts.Select(h => h.Name));

    /// <summary>
    /// How many of the requests whose URL contains <paramref name="marker"/> each instance finished since its mark,
    /// once <paramref name="expected"/> of them are logged in all (the log of a request may follow its answer).
    /// </summary>
    public static async Task<int[]> ServedAsync(IReadOnlyList<HostProcess> instances, int[] marks, string marker, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var served = instances.Select((instance, i) => instance.LinesSince(marks[i])
                .Count(line => line.Contains("Request finished", StringComparison.Ordinal) && line.Contains(marker, StringComparison.Ordinal))).ToArray();
            if (served.Sum() >= expected || DateTime.UtcNow > deadline) return served;
            await Task.Delay(50);
        }
    }
}
