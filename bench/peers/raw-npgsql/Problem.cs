using System.Text.Json.Serialization;

namespace RawNpgsql;

internal sealed record Problem(string Title, int Status, string Detail, string Instance);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Problem))]
internal sealed partial class ProblemJson : JsonSerializerContext;
