using System.Text.Json;
using System.Text.Json.Serialization;

namespace Blog.Hosting.Json;

public sealed class OptionalConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
    {
        public override bool HandleNull => true;

        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return new(true, default);
            try
            {
                return new(true, JsonSerializer.Deserialize<T>(ref reader, options));
            }
            catch (JsonException exception) when (exception.InnerException is not JsonException)
            {
                // A nested Deserialize reports its own root ("$"); a fresh exception with no path lets the
                // serializer stamp the field's path ("$.title") on it, so the error is keyed by that field.
                throw new JsonException(exception.Message);
            }
        }

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);
    }
}
