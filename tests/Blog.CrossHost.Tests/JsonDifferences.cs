namespace Blog.CrossHost.Tests;

/// <summary>Where two JSON documents differ, as JSON pointers, so a failed comparison says what to look at.</summary>
public static class JsonDifferences
{
    public static IEnumerable<string> Between(JsonNode? a, JsonNode? b, string pointer = "")
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var key in x.Select(p => p.Key).Union(y.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var at = $"{pointer}/{key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                    if (!x.ContainsKey(key)) yield return $"{at}: only in the second";
                    else if (!y.ContainsKey(key)) yield return $"{at}: only in the first";
                    else foreach (var difference in Between(x[key], y[key], at)) yield return difference;
                }
                break;
            case (JsonArray x, JsonArray y) when x.Count == y.Count:
                for (var i = 0; i < x.Count; i++)
                    foreach (var difference in Between(x[i], y[i], $"{pointer}/{i}")) yield return difference;
                break;
            default:
                if (!JsonNode.DeepEquals(a, b))
                    yield return $"{(pointer.Length == 0 ? "/" : pointer)}: {Short(a)} ≠ {Short(b)}";
                break;
        }
    }

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
