namespace Blog.ContractTests.Specs;

/// <summary>POST /posts: shape, defaults, and every field rule at and past its boundary.</summary>
public abstract class PostCreateSpecs(IBlogHost host) : ContractSpec(host)
{
    public static readonly string[] PostKeys = ["id", "title", "slug", "content", "status", "tags", "author", "comment_count", "created_at", "updated_at"];

    /// <summary>Asserts the documented post shape, exactly.</summary>
    public static void AssertPostShape(JsonNode? post)
    {
        HttpJson.AssertKeys(post, PostKeys);
        HttpJson.AssertKeys(post!["author"], "id", "username");
        Assert.True(post.Long("id") > 0);
        post.Str("title");
        post.Str("slug");
        post.Str("content");
        Assert.Contains(post.Str("status"), new[] { "draft", "published", "archived" });
        post.Strings("tags");
        post["author"].Long("id");
        post["author"].Str("username");
        Assert.True(post.Long("comment_count") >= 0);
        var created = HttpJson.AssertTimestamp(post["created_at"]);
        var updated = HttpJson.AssertTimestamp(post["updated_at"]);
        Assert.True(updated >= created, $"updated_at must not be before created_at: {post.ToJsonString()}");
    }

    private async Task<HttpResponseMessage> CreateAsync(TestUser user, object body) => await Api.PostAsync("/posts", body, user.AccessToken);

    [Fact]
    public async Task A_new_post_has_the_documented_shape_defaults_and_location()
    {
        var user = await Api.NewUserAsync();
        var title = "Shape " + Unique.Id();
        var response = await CreateAsync(user, new { title, content = "Body text" });
        var post = await response.ExpectObjectAsync(HttpStatusCode.Created);
        AssertPostShape(post);
        Assert.Equal(title, post.Str("title"));
        Assert.Equal("Body text", post.Str("content"));
        Assert.Equal("draft", post.Str("status"));
        Assert.Empty(post.Strings("tags"));
        Assert.Equal(0, post.Long("comment_count"));
        Assert.Equal(user.Id, post["author"].Long("id"));
        Assert.Equal(user.Username, post["author"].Str("username"));
        Assert.Equal(title.ToLowerInvariant().Replace(' ', '-'), post.Str("slug"));
        Assert.Equal($"/posts/{post.Long("id")}", response.LocationPath());

        var read = await Api.GetPostAsync(post.Long("id"), user.AccessToken);
        Assert.True(JsonNode.DeepEquals(post, read), $"GET {read.ToJsonString()} differs from the 201 body {post.ToJsonString()}");
    }

    [Fact]
    public async Task Status_and_tags_can_be_given_on_create()
    {
        var user = await Api.NewUserAsync();
        var (a, b) = (Unique.Tag(), Unique.Tag());
        var post = await (await CreateAsync(user, new { title = "T " + Unique.Id(), content = "c", status = "published", tags = new[] { a, b } }))
            .ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal("published", post.Str("status"));
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), post.Strings("tags"));

        var archived = await (await CreateAsync(user, new { title = "T " + Unique.Id(), content = "c", status = "archived" })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal("archived", archived.Str("status"));
    }

    [Fact]
    public async Task Text_round_trips_unchanged_including_unicode_and_markup()
    {
        var user = await Api.NewUserAsync();
        var title = $"Grüße, 世界 <b>&amp;</b> \"quoted\" {Unique.Id()}";
        var content = "Line 1\nLine 2\t\"tab\" \\ back-slash 👋 <script>alert(1)</script>";
        var post = await (await CreateAsync(user, new { title, content })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(title, post.Str("title"));
        Assert.Equal(content, post.Str("content"));
        var read = await Api.GetPostAsync(post.Long("id"), user.AccessToken);
        Assert.Equal(title, read.Str("title"));
        Assert.Equal(content, read.Str("content"));
    }

    [Fact]
    public async Task Creating_needs_a_token()
    {
        await (await Api.PostAsync("/posts", new { title = "t", content = "c" })).ExpectUnauthorizedAsync();
        await (await Api.PostAsync("/posts", new { title = "t", content = "c" }, "garbage")).ExpectUnauthorizedAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public async Task A_title_within_1_to_200_characters_is_accepted(int length)
    {
        var user = await Api.NewUserAsync();
        var title = UniqueText(length, 't');
        var post = await (await CreateAsync(user, new { title, content = "c" })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(title, post.Str("title"));
    }

    [Theory]
    [InlineData(201)]
    [InlineData(1000)]
    public async Task A_title_over_200_characters_is_422(int length)
    {
        var user = await Api.NewUserAsync();
        await (await CreateAsync(user, new { title = UniqueText(length, 't'), content = "c" })).ExpectValidationAsync("title");
    }

    [Fact]
    public async Task Content_of_100000_characters_is_accepted_and_100001_is_422()
    {
        var user = await Api.NewUserAsync();
        var content = UniqueText(100_000, 'c');
        var post = await (await CreateAsync(user, new { title = "Long " + Unique.Id(), content })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(content, post.Str("content"));
        await (await CreateAsync(user, new { title = "Long " + Unique.Id(), content = UniqueText(100_001, 'c') })).ExpectValidationAsync("content");
    }

    [Fact]
    public async Task Content_of_one_character_is_accepted()
    {
        var user = await Api.NewUserAsync();
        var post = await (await CreateAsync(user, new { title = "One " + Unique.Id(), content = "c" })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal("c", post.Str("content"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   \t\n  ")]
    public async Task A_blank_title_or_content_is_422(string blank)
    {
        var user = await Api.NewUserAsync();
        await (await CreateAsync(user, new { title = blank, content = "c" })).ExpectValidationAsync("title");
        await (await CreateAsync(user, new { title = "t " + Unique.Id(), content = blank })).ExpectValidationAsync("content");
        await (await CreateAsync(user, new { title = blank, content = blank })).ExpectValidationAsync("title", "content");
    }

    [Fact]
    public async Task Missing_required_fields_are_422()
    {
        var user = await Api.NewUserAsync();
        await (await CreateAsync(user, new { content = "c" })).ExpectValidationAsync("title");
        await (await CreateAsync(user, new { title = "t" })).ExpectValidationAsync("content");
        await (await Api.PostAsync("/posts", "{}", user.AccessToken)).ExpectValidationAsync("title", "content");
    }

    [Theory]
    [InlineData("""{"title": 1, "content": "c"}""", "title")]
    [InlineData("""{"title": true, "content": "c"}""", "title")]
    [InlineData("""{"title": {"text": "t"}, "content": "c"}""", "title")]
    [InlineData("""{"title": "t", "content": ["c"]}""", "content")]
    [InlineData("""{"title": "t", "content": 3.5}""", "content")]
    [InlineData("""{"title": "t", "content": "c", "status": 1}""", "status")]
    [InlineData("""{"title": "t", "content": "c", "tags": "news"}""", "tags")]
    [InlineData("""{"title": "t", "content": "c", "tags": [1, 2]}""", "tags")]
    [InlineData("""{"title": "t", "content": "c", "tags": {"news": true}}""", "tags")]
    [InlineData("""{"title": "t", "content": "c", "tags": [["news"]]}""", "tags")]
    [InlineData("""{"title": "t", "content": "c", "tags": [null]}""", "tags")]
    public async Task A_field_of_the_wrong_json_type_is_422_under_its_name(string json, string field)
    {
        var user = await Api.NewUserAsync();
        await (await Api.PostAsync("/posts", json, user.AccessToken)).ExpectValidationAsync(field);
    }

    [Theory]
    [InlineData("deleted")]
    [InlineData("Published")]
    [InlineData("")]
    public async Task An_unknown_status_is_422(string status)
    {
        var user = await Api.NewUserAsync();
        await (await CreateAsync(user, new { title = "t", content = "c", status })).ExpectValidationAsync("status");
    }

    [Fact]
    public async Task Ten_tags_are_accepted_and_eleven_are_422()
    {
        var user = await Api.NewUserAsync();
        var ten = Enumerable.Range(0, 10).Select(_ => Unique.Tag()).ToArray();
        var post = await (await CreateAsync(user, new { title = "Tags " + Unique.Id(), content = "c", tags = ten })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(ten.Order(StringComparer.Ordinal), post.Strings("tags"));
        var eleven = Enumerable.Range(0, 11).Select(_ => Unique.Tag()).ToArray();
        await (await CreateAsync(user, new { title = "Tags " + Unique.Id(), content = "c", tags = eleven })).ExpectValidationAsync("tags");
    }

    [Fact]
    public async Task The_tag_count_limit_applies_after_duplicates_collapse()
    {
        var user = await Api.NewUserAsync();
        var ten = Enumerable.Range(0, 10).Select(_ => Unique.Tag()).ToArray();
        var withDuplicate = ten.Append(ten[0].ToUpperInvariant()).ToArray();
        var post = await (await CreateAsync(user, new { title = "Tags " + Unique.Id(), content = "c", tags = withDuplicate })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(ten.Order(StringComparer.Ordinal), post.Strings("tags"));
    }

    [Fact]
    public async Task A_tag_of_30_characters_is_accepted_and_31_is_422()
    {
        var user = await Api.NewUserAsync();
        var thirty = UniqueText(30, 'a');
        var post = await (await CreateAsync(user, new { title = "Tag " + Unique.Id(), content = "c", tags = new[] { thirty } })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(new[] { thirty }, post.Strings("tags"));
        await (await CreateAsync(user, new { title = "Tag " + Unique.Id(), content = "c", tags = new[] { UniqueText(31, 'a') } })).ExpectValidationAsync("tags");
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("c#")]
    [InlineData("snake_case")]
    [InlineData("dot.net")]
    [InlineData("ünï")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" padded")]
    public async Task A_tag_outside_a_z_0_9_and_dash_is_422(string tag)
    {
        var user = await Api.NewUserAsync();
        await (await CreateAsync(user, new { title = "Tag " + Unique.Id(), content = "c", tags = new[] { Unique.Tag(), tag } })).ExpectValidationAsync("tags");
    }

    [Fact]
    public async Task Tags_are_lower_cased_duplicates_collapse_and_the_list_is_in_ordinal_order()
    {
        var user = await Api.NewUserAsync();
        var (a, b) = (Unique.Tag(), Unique.Tag());
        var post = await (await CreateAsync(user, new
        {
            title = "Tags " + Unique.Id(),
            content = "c",
            tags = new[] { b.ToUpperInvariant(), a, "Net-10", b, a.ToUpperInvariant(), "net-10" },
        })).ExpectObjectAsync(HttpStatusCode.Created);
        var expected = new[] { b, a, "net-10" }.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, post.Strings("tags"));
        Assert.Equal(expected, (await Api.GetPostAsync(post.Long("id"), user.AccessToken)).Strings("tags"));
    }

    [Fact]
    public async Task An_empty_tag_list_is_accepted()
    {
        var user = await Api.NewUserAsync();
        var post = await (await CreateAsync(user, new { title = "No tags " + Unique.Id(), content = "c", tags = Array.Empty<string>() })).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Empty(post.Strings("tags"));
    }

    [Fact]
    public async Task Unknown_and_server_owned_properties_are_ignored()
    {
        var user = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var title = "Owned " + Unique.Id();
        var body = new JsonObject
        {
            ["title"] = title,
            ["content"] = "c",
            ["id"] = 1,
            ["slug"] = "my-own-slug-" + Unique.Id(),
            ["comment_count"] = 99,
            ["author"] = new JsonObject { ["id"] = other.Id, ["username"] = other.Username },
            ["created_at"] = "2001-01-01T00:00:00.000000Z",
            ["whatever"] = new JsonArray(1, 2, 3),
        };
        var post = await (await Api.PostAsync("/posts", body, user.AccessToken)).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(title.ToLowerInvariant().Replace(' ', '-'), post.Str("slug"));
        Assert.Equal(0, post.Long("comment_count"));
        Assert.Equal(user.Id, post["author"].Long("id"));
        Assert.True(HttpJson.AssertTimestamp(post["created_at"]) > new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), "created_at is the server's clock, not the client's");
    }

    [Fact]
    public async Task Every_broken_field_gets_its_own_entry()
    {
        var user = await Api.NewUserAsync();
        await (await CreateAsync(user, new { title = " ", content = "", status = "nope", tags = new[] { "bad tag" } }))
            .ExpectValidationAsync("title", "content", "status", "tags");
    }
}
