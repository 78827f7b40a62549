using System.Text.Json;
using System.Text.Json.Serialization;

namespace Blog.Hosting.Json;

/// <summary>The wire format: snake_case names, lower-case enums, UTC timestamps with microseconds.</summary>
public static class BlogJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new UtcTimestampConverter());
        options.Converters.Add(new OptionalConverterFactory());
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
