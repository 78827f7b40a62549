using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Blog.Data.Sql;
using Blog.Domain.Errors;
using Blog.Hosting.Caching;
using Blog.Hosting.Json;
using Blog.Hosting.Pipeline;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Blog.Hosting.Problems;

/// <summary>
/// The one reading of the contract's error table: which failure is which status, and the fields every problem
/// carries. Hosts hook it in their own way (exception handler, error middleware, MVC filter).
/// </summary>
public static class BlogProblems
{
    /// <summary>
    /// The problem for an exception a client caused, or for a database that is unavailable (503); null for anything
    /// else (a real server fault).
    /// </summary>
    public static ProblemDetails? From(Exception exception) => exception switch
    {
        DomainError error => Problem(StatusOf(error), error.Message, error.Errors),
        BadHttpRequestException { InnerException: JsonException json } => From(JsonBodyErrors.From(json)),
        JsonException json => From(JsonBodyErrors.From(json)),
        _ when IsUnreadableBody(exception) => Problem(StatusCodes.Status400BadRequest, Malformed, null),
        // Minimal APIs reject a missing or null JSON body with a message about their own parameter binding.
        BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } => From(JsonBodyErrors.NotAnObject()),
        BadHttpRequestException bad => Problem(bad.StatusCode, DetailFor(bad.StatusCode, bad.Message), null),
        // The post was checked, then deleted by a simultaneous request before this one wrote under it: it is gone.
        _ when ForeignKeyViolation.Is(exception) => Problem(StatusCodes.Status404NotFound, DeletedMeanwhile, null),
        // Not the client's fault, but no bug either: the database is down, starting or full; the client may retry.
        _ when DatabaseUnavailable.Is(exception) => Problem(StatusCodes.Status503ServiceUnavailable, DatabaseDown, null),
        RateLimitedException limited => Problem(StatusCodes.Status429TooManyRequests, limited.Message, null),
        RateLimitsUnavailableException => Problem(StatusCodes.Status503ServiceUnavailable, RateLimitsDown, null),
        CacheUnavailableException => Problem(StatusCodes.Status503ServiceUnavailable, CacheDown, null),
        _ => null,
    };

    private const string DeletedMeanwhile = "The resource was deleted while this request was being handled.";

    // A minimal API's own body binding answers an unreadable body with a bare 400, which gets this detail too.
    private const string Malformed = "The request is malformed.";

    /// <summary>
    /// Kestrel could not read the body: its chunked framing is broken. A chunk size that is not hex, or data longer
    /// than its chunk, throws Kestrel's own subclass of BadHttpRequestException (minimal APIs and this code throw the
    /// class itself, meaning something else); a chunk size too large to count throws a bare IOException, as does a
    /// client hanging up, whom no answer reaches — which the body wrapper marks, so that no other I/O error is blamed
    /// on the client.
    /// </summary>
    private static bool IsUnreadableBody(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status400BadRequest && bad.GetType() != typeof(BadHttpRequestException),
        UnreadableBodyException => true,
        _ => false,
    };

    private const string RateLimitsDown = "The rate limits cannot be checked right now (Redis is unavailable); try again shortly.";

    private const string CacheDown = "The change cannot be made right now (Redis, which keeps the cache fresh, is unavailable); try again shortly.";

    private const string DatabaseDown = "The database is unavailable right now; try again shortly.";

    /// <summary>The `Retry-After` of every 503: about as long as a database takes to restart.</summary>
    private const int RetryAfterSeconds = 5;

    public static int StatusOf(DomainError error) => error switch
    {
        BadRequestError => StatusCodes.Status400BadRequest,
        UnauthorizedError => StatusCodes.Status401Unauthorized,
        ForbiddenError => StatusCodes.Status403Forbidden,
        NotFoundError => StatusCodes.Status404NotFound,
        ConflictError => StatusCodes.Status409Conflict,
        ValidationError => StatusCodes.Status422UnprocessableEntity,
        PreconditionFailedError => StatusCodes.Status412PreconditionFailed,
        UnprocessableError => StatusCodes.Status422UnprocessableEntity,
        _ => throw new UnreachableException($"Unmapped domain error {error.GetType().Name}."),
    };

    public static ProblemDetails Problem(int status, string detail, IReadOnlyDictionary<string, string[]>? errors) =>
        errors is null
            ? new ProblemDetails { Status = status, Detail = detail }
            : new HttpValidationProblemDetails(errors.ToDictionary()) { Status = status, Detail = detail };

    /// <summary>
    /// Runs on every problem any host writes, including bare status codes (404 for no route, 405, 415):
    /// adds trace_id and instance, a human detail, the Bearer challenge on 401 and Retry-After on 503.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Extensions.Remove("traceId");
        problem.Extensions["trace_id"] = Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
        problem.Instance ??= http.Request.Path;
        // The framework links a type for the RFC 9110 statuses only; 429 is RFC 6585's.
        if ((problem.Status ?? http.Response.StatusCode) == StatusCodes.Status429TooManyRequests)
            problem.Type ??= "https://tools.ietf.org/html/rfc6585#section-4";
        problem.Title = ReasonPhrases.GetReasonPhrase(problem.Status ?? http.Response.StatusCode);
        problem.Detail ??= DetailFor(problem.Status ?? http.Response.StatusCode, null);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized && http.Response.Headers.WWWAuthenticate.Count == 0)
            http.Response.Headers.WWWAuthenticate = "Bearer";
        if ((problem.Status ?? http.Response.StatusCode) == StatusCodes.Status503ServiceUnavailable)
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }

    private static string DetailFor(int status, string? message) => status switch
    {
        StatusCodes.Status400BadRequest => message ?? Malformed,
        StatusCodes.Status401Unauthorized => "Authentication is required.",
        StatusCodes.Status404NotFound => "The resource does not exist.",
        StatusCodes.Status405MethodNotAllowed => "This method is not allowed on this resource.",
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {Domain.Rules.Limits.RequestBodyBytes} bytes.",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported Content-Type: send application/json.",
        _ => message ?? "The request could not be processed.",
    };
}
