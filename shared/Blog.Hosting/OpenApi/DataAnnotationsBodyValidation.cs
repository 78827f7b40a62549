using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Blog.Hosting.OpenApi;

/// <summary>Bodies validated by data annotations (minimal APIs' built-in validation, MVC model validation).</summary>
public sealed class DataAnnotationsBodyValidation(IOptions<JsonOptions> json) : IBodyValidation
{
    public IReadOnlySet<string> RefusedFields(object body, IServiceProvider services)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(body, new ValidationContext(body, services, null), results, validateAllProperties: true);
        var naming = json.Value.SerializerOptions.PropertyNamingPolicy ?? JsonNamingPolicy.SnakeCaseLower;
        return results.SelectMany(r => r.MemberNames).Select(naming.ConvertName).ToHashSet();
    }
}
