using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Blog.Hosting.Json;

/// <summary>Writes every timestamp as UTC with six fractional digits and a 'Z': 2026-01-31T12:00:00.123456Z.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().UtcDateTime;

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString(Format, CultureInfo.InvariantCulture));
}
