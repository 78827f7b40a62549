using Microsoft.EntityFrameworkCore;

namespace Blog.ContractTests.Specs;

/// <summary>Comments: shape, newest-first pages, rules, who may delete, and visibility of the post.</summary>
public abstract class CommentSpecs(IBlogHost host) : ContractSpec(host)
{
    private static void AssertCommentShape(JsonNode? comment)
    {
        HttpJson.AssertKeys(comment, "id", "post_id", "content", "author", "created_at");
        HttpJson.AssertKeys(comment!["author"], "id", "username");
        Assert.True(comment.Long("id") > 0);
        comment.Long("post_id");
        comment.Str("content");
        HttpJson.AssertTimestamp(comment["created_at"]);
    }

    [Fact]
    public async Task A_new_comment_has_the_documented_shape_and_location()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var response = await Api.PostAsync($"/posts/{postId}/comments", new { content = "Nice post!" }, commenter.AccessToken);
        var comment = await response.ExpectObjectAsync(HttpStatusCode.Created);
        AssertCommentShape(comment);
        Assert.Equal(postId, comment.Long("post_id"));
        Assert.Equal("Nice post!", comment.Str("content"));
        Assert.Equal(commenter.Id, comment["author"].Long("id"));
        Assert.Equal(commenter.Username, comment["author"].Str("username"));
        Assert.Equal($"/posts/{postId}/comments/{comment.Long("id")}", response.LocationPath());

        var listed = Assert.Single(Api.Items(await Api.PageAsync($"/posts/{postId}/comments")));
        Assert.True(JsonNode.DeepEquals(comment, listed), $"listed {listed.ToJsonString()} differs from created {comment.ToJsonString()}");
    }

    [Fact]
    public async Task Comments_are_listed_newest_first_and_paged()
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Api.CreateCommentAsync(author, postId, $"comment {i}")).Long("id"));
        }

        ids.Reverse();
        var page = await Api.PageAsync($"/posts/{postId}/comments");
        Assert.Equal(ids, Api.Ids(page));
        Assert.Equal(5, page.Long("total"));
        Assert.False(page.Bool("has_more"));
        Assert.All(Api.Items(page), AssertCommentShape);

        var walked = await Api.WalkAsync($"/posts/{postId}/comments", "limit=2");
        Assert.Equal(ids, walked.Select(c => c.Long("id")));
        var first = await Api.PageAsync($"/posts/{postId}/comments?limit=2");
        Assert.True(first.Bool("has_more"));
        Assert.Equal(5, first.Long("total"));
    }

    [Fact]
    public async Task Comments_made_at_once_are_each_listed_exactly_once()
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var created = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var api = NewApi();
            return (await api.CreateCommentAsync(author, postId, $"burst {i}")).Long("id");
        }));
        var walked = (await Api.WalkAsync($"/posts/{postId}/comments", "limit=5")).Select(c => c.Long("id")).ToList();
        Assert.Equal(created.Order(), walked.Order());
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(12, (await Api.GetPostAsync(postId)).Long("comment_count"));
    }

    [Fact]
    public async Task The_comment_count_of_a_post_follows_its_comments()
    {
        var author = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var postId = (await Api.CreatePostAsync(author, tags: [tag])).Long("id");
        var first = await Api.CreateCommentAsync(author, postId);
        await Api.CreateCommentAsync(author, postId);
        Assert.Equal(2, (await Api.GetPostAsync(postId)).Long("comment_count"));
        Assert.Equal(2, Api.Items(await Api.PageAsync($"/posts?tag={tag}"))[0].Long("comment_count"));
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{first.Long("id")}", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(1, (await Api.GetPostAsync(postId)).Long("comment_count"));
    }

    [Fact]
    public async Task Comment_content_of_5000_characters_is_accepted_and_5001_is_422()
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var ok = UniqueText(5000, 'c');
        Assert.Equal(ok, (await Api.CreateCommentAsync(author, postId, ok)).Str("content"));
        Assert.Equal("c", (await Api.CreateCommentAsync(author, postId, "c")).Str("content"));
        await (await Api.PostAsync($"/posts/{postId}/comments", new { content = UniqueText(5001, 'c') }, author.AccessToken)).ExpectValidationAsync("content");
    }

    [Theory]
    [InlineData("""{"content": ""}""")]
    [InlineData("""{"content": "   "}""")]
    [InlineData("""{"content": "\n\t"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"content": null}""")]
    [InlineData("""{"content": 42}""")]
    [InlineData("""{"content": ["a"]}""")]
    [InlineData("""{"text": "wrong name"}""")]
    public async Task Missing_blank_or_mistyped_comment_content_is_422(string json)
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        await (await Api.PostAsync($"/posts/{postId}/comments", json, author.AccessToken)).ExpectValidationAsync("content");
    }

    [Fact]
    public async Task Commenting_needs_a_token()
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        await (await Api.PostAsync($"/posts/{postId}/comments", new { content = "anonymous" })).ExpectUnauthorizedAsync();
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("archived")]
    public async Task The_comments_of_a_hidden_post_are_404_to_others_and_open_to_its_author(string status)
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author, status: status)).Long("id");
        var own = await Api.CreateCommentAsync(author, postId, "note to self");
        Assert.Equal(new[] { own.Long("id") }, Api.Ids(await Api.PageAsync($"/posts/{postId}/comments", author.AccessToken)));

        await (await Api.GetAsync($"/posts/{postId}/comments")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.GetAsync($"/posts/{postId}/comments", other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PostAsync($"/posts/{postId}/comments", new { content = "hi" }, other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{own.Long("id")}", other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("2000000000")]
    [InlineData("abc")]
    [InlineData("-5")]
    public async Task The_comments_of_a_missing_post_are_404(string postId)
    {
        var user = await Api.NewUserAsync();
        await (await Api.GetAsync($"/posts/{postId}/comments")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PostAsync($"/posts/{postId}/comments", new { content = "hi" }, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"/posts/{postId}/comments/1", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_comments_author_may_delete_it()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var comment = await Api.CreateCommentAsync(commenter, postId);
        var response = await Api.DeleteAsync($"/posts/{postId}/comments/{comment.Long("id")}", commenter.AccessToken);
        await response.ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(Api.Items(await Api.PageAsync($"/posts/{postId}/comments")));
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{comment.Long("id")}", commenter.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_posts_author_may_delete_anyones_comment_under_it()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var comment = await Api.CreateCommentAsync(commenter, postId);
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{comment.Long("id")}", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.Empty(Api.Items(await Api.PageAsync($"/posts/{postId}/comments")));
    }

    [Fact]
    public async Task Anyone_else_deleting_a_comment_is_403_and_anonymous_is_401()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var stranger = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var comment = await Api.CreateCommentAsync(commenter, postId);
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{comment.Long("id")}", stranger.AccessToken)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{comment.Long("id")}")).ExpectUnauthorizedAsync();
        Assert.Single(Api.Items(await Api.PageAsync($"/posts/{postId}/comments")));
    }

    [Fact]
    public async Task A_comment_addressed_under_another_post_is_404()
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var otherPostId = (await Api.CreatePostAsync(author)).Long("id");
        var comment = await Api.CreateCommentAsync(author, postId);
        await (await Api.DeleteAsync($"/posts/{otherPostId}/comments/{comment.Long("id")}", author.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"/posts/{postId}/comments/2000000000", author.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"/posts/{postId}/comments/abc", author.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(Api.Items(await Api.PageAsync($"/posts/{postId}/comments")));
    }

    [Fact]
    public async Task Deleting_a_post_deletes_its_comments()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var comment = await Api.CreateCommentAsync(commenter, postId);
        await Api.CreateCommentAsync(author, postId);
        await (await Api.DeleteAsync($"/posts/{postId}", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        await (await Api.GetAsync($"/posts/{postId}/comments")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{comment.Long("id")}", commenter.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_a_post_leaves_no_comment_rows_behind()
    {
        // The HTTP answers above cannot tell a deleted comment from an orphaned row that no route reaches any more:
        // look in the host's own database (in process only).
        RequireInProcess("Counting the comment rows of a deleted post");
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var keptId = (await Api.CreatePostAsync(author)).Long("id");
        await Api.CreateCommentAsync(commenter, postId);
        await Api.CreateCommentAsync(author, postId);
        await Api.CreateCommentAsync(commenter, keptId);
        var (id, kept) = (checked((int)postId), checked((int)keptId));
        Assert.Equal(2, await WithDatabaseAsync("Counting comment rows", db => db.Comments.CountAsync(c => c.PostId == id)));

        await (await Api.DeleteAsync($"/posts/{postId}", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        var left = await WithDatabaseAsync("Counting comment rows", db => db.Comments.CountAsync(c => c.PostId == id));
        Assert.True(left == 0, $"deleting post {postId} left {left} comment rows behind");
        Assert.Equal(1, await WithDatabaseAsync("Counting comment rows", db => db.Comments.CountAsync(c => c.PostId == kept)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("x")]
    public async Task A_comment_list_limit_outside_1_to_100_is_400(string limit)
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        await (await Api.GetAsync($"/posts/{postId}/comments?limit={limit}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await Api.GetAsync($"/posts/{postId}/comments?cursor=garbage")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Comments_on_a_published_post_are_public_and_take_trailing_slashes()
    {
        var author = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var comment = await (await Api.PostAsync($"/posts/{postId}/comments/", new { content = "slash" }, author.AccessToken)).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(new[] { comment.Long("id") }, Api.Ids(await Api.PageAsync($"/posts/{postId}/comments/")));
        await (await Api.DeleteAsync($"/posts/{postId}/comments/{comment.Long("id")}/", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
    }
}
