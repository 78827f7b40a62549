using System.Text.Json;
using Blog.Domain.Errors;
using Blog.Hosting.Json;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MvcControllers.Api.Serializers;

/// <summary>
/// DRF's <c>serializer.is_valid(raise_exception=True)</c> before every action, in place of [ApiController]'s own 400:
/// what binding and validation left in ModelState is raised, for the one exception handler to answer. A body that is
/// not JSON, or not a JSON object, is the request's fault (400); a field of the wrong JSON type or one that breaks a
/// rule is that field's (422, keyed by its wire name).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class IsValidAttribute : ActionFilterAttribute
{
    // Where [ApiController]'s ModelStateInvalidFilter runs: before any other action filter (and so before [Atomic]).
    public IsValidAttribute() => Order = -2000;

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (!context.ModelState.IsValid) throw ToError(context);
    }

    private static Exception ToError(ActionExecutingContext context)
    {
        var failed = context.ModelState.Where(entry => entry.Value is { Errors.Count: > 0 }).ToList();

        // The JSON input formatter keeps the JsonException (AllowInputFormatterExceptionMessages is off): its path
        // says whether the body or one field was wrong, which the shared JsonBodyErrors reads.
        var json = failed.SelectMany(entry => entry.Value!.Errors).Select(error => error.Exception).OfType<JsonException>().FirstOrDefault();
        if (json is not null) return json;

        // An empty body or a JSON null leaves the body parameter itself unbound.
        var body = context.ActionDescriptor.Parameters.Where(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Body).ToList();
        if (failed.Any(entry => entry.Key.Length == 0 || body.Any(parameter => parameter.Name == entry.Key)))
            return JsonBodyErrors.NotAnObject();

        // One entry per field, in the serializer's field order (ModelState does not keep the order it was filled in).
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var fieldOrder = body.SelectMany(parameter => metadata.GetMetadataForType(parameter.ParameterType).Properties)
            .Select(property => property.PropertyName).ToList();
        var fields = new FieldErrors();
        foreach (var (key, entry) in failed.OrderBy(entry => fieldOrder.IndexOf(entry.Key)))
        foreach (var error in entry!.Errors)
            fields.Add(JsonNamingPolicy.SnakeCaseLower.ConvertName(key), error.ErrorMessage);
        return new ValidationError(fields.ToDictionary());
    }
}
