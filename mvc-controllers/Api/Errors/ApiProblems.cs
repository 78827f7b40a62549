using System.Text.Json;
using Blog.Domain.Errors;
using Blog.Hosting.Json;
using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MvcControllers.Api.Errors;

/// <summary>
/// The API's problem-details factory: turns failures into RFC 9457 responses through the shared
/// <see cref="BlogProblems"/>, like DRF's exception handler turns APIException into a Response.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static ObjectResult ToResult(this ProblemDetails problem, HttpContext http)
    {
        // Customize reads the response status (it adds the Bearer challenge to a 401), so set it first.
        http.Response.StatusCode = problem.Status!.Value;
        BlogProblemDetailsFactory.Complete(http, problem);
        return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { ContentType } };
    }

    /// <summary>
    /// <see cref="ApiBehaviorOptions.InvalidModelStateResponseFactory"/>: what model binding and validation left in
    /// ModelState, sorted as the contract wants. A body that is not JSON, or not a JSON object, is the request's fault
    /// (400); a field of the wrong JSON type or one that breaks a rule is that field's (422, keyed by its wire name).
    /// </summary>
    public static IActionResult FromModelState(ActionContext context) =>
        BlogProblems.From(ToError(context))!.ToResult(context.HttpContext);

    private static Exception ToError(ActionContext context)
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
        var fieldOrder = body.SelectMany(parameter => parameter.ParameterType.GetProperties()).Select(property => property.Name).ToList();
        var fields = new FieldErrors();
        foreach (var (key, entry) in failed.OrderBy(entry => fieldOrder.IndexOf(entry.Key)))
        foreach (var error in entry!.Errors)
            fields.Add(JsonNamingPolicy.SnakeCaseLower.ConvertName(key), error.ErrorMessage);
        return new ValidationError(fields.ToDictionary());
    }
}
