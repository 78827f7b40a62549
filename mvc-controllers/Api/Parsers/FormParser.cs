using System.Text.Json;
using System.Text.Json.Nodes;
using Blog.Hosting.Pipeline;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace MvcControllers.Api.Parsers;

/// <summary>
/// DRF's <c>FormParser</c> as an MVC input formatter, beside MVC's JSON one (DRF's <c>JSONParser</c>): a form body is
/// read as the JSON object of its fields (the first value of each), so a serializer binds and validates the same from
/// either. An action takes a form only where its <c>[Consumes]</c> lists the type (the login); a form past the
/// server's form limits is 400.
/// </summary>
public sealed class FormParser : InputFormatter
{
    public FormParser() => SupportedMediaTypes.Add(UrlEncodedForm.ContentType);

    /// <summary>An empty form is a form without fields (each then missing), not a missing body.</summary>
    public override Task<InputFormatterResult> ReadAsync(InputFormatterContext context) => ReadRequestBodyAsync(context);

    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context)
    {
        var http = context.HttpContext;
        var form = await UrlEncodedForm.ReadAsync(http.Request, http.RequestAborted);
        var fields = new JsonObject();
        foreach (var (name, values) in form) fields[name] = values.FirstOrDefault();
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        return await InputFormatterResult.SuccessAsync(fields.Deserialize(context.ModelType, json));
    }
}
