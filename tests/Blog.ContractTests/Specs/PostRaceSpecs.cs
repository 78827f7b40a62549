namespace Blog.ContractTests.Specs;

/// <summary>
/// Writes of one post race each other: edits queue behind one another (the last one wins), an edit racing a delete
/// is either applied before it or finds the post gone, and nothing is a 500 or a wrong 404. Each race runs enough
/// trials to catch an interleaving that happens once in thirty.
/// </summary>
public abstract class PostRaceSpecs(IBlogHost host) : ContractSpec(host)
{
    [Fact]
    public async Task Two_simultaneous_tag_patches_of_one_post_both_succeed_and_the_last_wins()
    {
        var user = await Api.NewUserAsync();
        for (var trial = 0; trial < 40; trial++)
        {
            var id = (await Api.CreatePostAsync(user, tags: ["old", "shared"])).Long("id");
            var (first, second) = await BothAtOnceAsync(
                api => api.PatchAsync($"/posts/{id}", new { tags = new[] { "shared", "first" } }, user.AccessToken),
                api => api.PatchAsync($"/posts/{id}", new { tags = new[] { "second" } }, user.AccessToken), Offset(trial));
            await first.ExpectObjectAsync();
            await second.ExpectObjectAsync();

            var tags = string.Join(",", (await Api.GetPostAsync(id, user.AccessToken))["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
            Assert.True(tags is "first,shared" or "second", $"trial {trial}: the tags must be one patch's whole list, got [{tags}]");
        }
    }

    [Fact]
    public async Task A_patch_racing_the_delete_of_its_post_is_applied_before_it_or_finds_it_gone()
    {
        var user = await Api.NewUserAsync();
        for (var trial = 0; trial < 200; trial++)
        {
            var id = (await Api.CreatePostAsync(user, tags: ["a", "b"])).Long("id");
            await Api.CreateCommentAsync(user, id);
            var (patch, delete) = await BothAtOnceAsync(
                api => api.PatchAsync($"/posts/{id}", new { title = "Raced " + trial, tags = new[] { "c", "d", "e" } }, user.AccessToken),
                api => api.DeleteAsync($"/posts/{id}", user.AccessToken), Offset(trial));
            await delete.ExpectStatusAsync(HttpStatusCode.NoContent);
            if (patch.StatusCode == HttpStatusCode.NotFound) await patch.ExpectProblemAsync(HttpStatusCode.NotFound);
            else await patch.ExpectObjectAsync();
            await (await Api.GetAsync($"/posts/{id}", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task A_put_racing_a_patch_of_one_post_leaves_one_of_them_whole()
    {
        var user = await Api.NewUserAsync();
        for (var trial = 0; trial < 40; trial++)
        {
            var id = (await Api.CreatePostAsync(user, tags: ["x"])).Long("id");
            var (put, patch) = await BothAtOnceAsync(
                api => api.PutAsync($"/posts/{id}", new { title = "Put", content = "put", status = "published", tags = new[] { "put" } }, user.AccessToken),
                api => api.PatchAsync($"/posts/{id}", new { content = "patched", tags = new[] { "patch" } }, user.AccessToken), Offset(trial));
            await put.ExpectObjectAsync();
            await patch.ExpectObjectAsync();

            var post = await Api.GetPostAsync(id, user.AccessToken);
            var state = $"{post.Str("content")}/{string.Join(",", post["tags"]!.AsArray().Select(t => t!.GetValue<string>()))}";
            Assert.True(state is "put/put" or "patched/patch", $"trial {trial}: each write is whole, got {state}");
        }
    }
}
