namespace Blog.ContractTests.Specs;

/// <summary>
/// A bad query parameter of a list is a 400 whose <c>errors</c> name that parameter alone, with the one message every
/// host gives for it; values a lenient integer or enum binder would take (surrounding spaces, a status by number or
/// in another case) are refused like any other.
/// </summary>
public abstract class QueryParameterSpecs(IBlogHost host) : ContractSpec(host)
{
    private const string Limit = "Must be an integer from 1 to 100.";
    private const string Integer = "Must be an integer.";
    private const string Status = "Must be one of: draft, published, archived.";
    private const string Sort = "Must be one of created_at, updated_at, title, optionally prefixed with '-'.";
    private const string Nul = "Must not contain the NUL character.";
    private const string Cursor = "Invalid cursor.";
    private const string Once = "Must be given at most once.";

    [Theory]
    [InlineData("limit=abc", "limit", Limit)]
    [InlineData("limit=0", "limit", Limit)]
    [InlineData("limit=101", "limit", Limit)]
    [InlineData("limit=%205", "limit", Limit)]
    [InlineData("limit=5%20", "limit", Limit)]
    [InlineData("status=Published", "status", Status)]
    [InlineData("status=1", "status", Status)]
    [InlineData("author_id=1.5", "author_id", Integer)]
    [InlineData("author_id=%201", "author_id", Integer)]
    [InlineData("sort=%2Btitle", "sort", Sort)]
    [InlineData("sort=Title", "sort", Sort)]
    [InlineData("tag=a%00b", "tag", Nul)]
    [InlineData("search=a%00b", "search", Nul)]
    [InlineData("cursor=garbage", "cursor", Cursor)]
    [InlineData("limit=1&limit=2", "limit", Once)]
    [InlineData("status=draft&status=draft", "status", Once)]
    [InlineData("search=a&search=b", "search", Once)]
    [InlineData("tag=a&tag=b", "tag", Once)]
    public async Task A_bad_post_list_parameter_is_a_400_keyed_by_it(string query, string parameter, string message)
    {
        await AssertKeyedAsync(await Api.GetAsync($"/posts?{query}"), parameter, message);
    }

    [Theory]
    [InlineData("limit=x", "limit", Limit)]
    [InlineData("limit=0", "limit", Limit)]
    [InlineData("limit=%201", "limit", Limit)]
    [InlineData("cursor=garbage", "cursor", Cursor)]
    [InlineData("limit=2&limit=2", "limit", Once)]
    public async Task A_bad_comment_list_parameter_is_a_400_keyed_by_it(string query, string parameter, string message)
    {
        var postId = (await Api.CreatePostAsync(await Api.NewUserAsync())).Long("id");
        await AssertKeyedAsync(await Api.GetAsync($"/posts/{postId}/comments?{query}"), parameter, message);
    }

    private static async Task AssertKeyedAsync(HttpResponseMessage response, string parameter, string message)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"] as JsonObject
            ?? throw HttpJson.Fail($"{HttpJson.Describe(response)}: a bad query parameter names itself in 'errors': {problem.ToJsonString()}");
        Assert.Equal([parameter], errors.Select(e => e.Key));
        Assert.Equal([message], errors.Strings(parameter));
    }
}
