namespace RawNpgsql;

/// <summary>The two problems the baseline can answer, in the contract's shape without the trace id.</summary>
internal static class Answers
{
    public static Task BadRequestAsync(HttpResponse response, string detail) =>
        ProblemAsync(response, StatusCodes.Status400BadRequest, "Bad Request", detail);

    public static Task NotFoundAsync(HttpResponse response) =>
        ProblemAsync(response, StatusCodes.Status404NotFound, "Not Found", "Post not found.");

    private static Task ProblemAsync(HttpResponse response, int status, string title, string detail)
    {
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        return response.WriteAsJsonAsync(
            new Problem(title, status, detail, response.HttpContext.Request.Path), ProblemJson.Default.Problem,
            "application/problem+json");
    }
}
