namespace Blog.ContractTests.Specs;

/// <summary>POST /auth/register, GET /users/me, GET /users/{id}.</summary>
public abstract class UserSpecs(IBlogHost host) : ContractSpec(host)
{
    private static readonly string[] PrivateUserKeys = ["id", "username", "email", "is_active", "created_at"];
    private static readonly string[] PublicUserKeys = ["id", "username", "created_at"];

    /// <summary>A username of exactly <paramref name="length"/> allowed characters, unique with high probability.</summary>
    private static string UsernameOfLength(int length)
    {
        var random = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        var name = ("u" + random).PadRight(length, 'x');
        return name[..length];
    }

    /// <summary>A valid email of exactly <paramref name="length"/> characters (local part ≤ 64, labels ≤ 63).</summary>
    private static string EmailOfLength(int length)
    {
        var local = ("e" + Guid.NewGuid().ToString("N")).PadRight(64, 'x');
        var domainLength = length - local.Length - 1;
        var labels = new List<string>();
        var remaining = domainLength - 4; // ".com"
        while (remaining > 0)
        {
            var label = Math.Min(63, remaining);
            if (remaining - label == 1)
            {
                label--; // never leave a one-character remainder that only a dot would fill
            }

            labels.Add(new string((char)('a' + labels.Count), label));
            remaining -= label + 1;
        }

        var email = local + "@" + string.Join(".", labels) + ".com";
        Assert.Equal(length, email.Length);
        return email;
    }

    private async Task<HttpResponseMessage> RegisterRawAsync(object body) => await Api.PostAsync("/auth/register", body);

    [Fact]
    public async Task Register_returns_201_with_the_private_user_and_its_location()
    {
        var username = "Reg_" + Unique.Id();
        var email = Unique.Email(username);
        var response = await Api.RegisterAsync(username, email);
        var user = await response.ExpectObjectAsync(HttpStatusCode.Created);
        HttpJson.AssertKeys(user, PrivateUserKeys);
        Assert.True(user.Long("id") > 0);
        Assert.Equal(username, user.Str("username"));
        Assert.Equal(email, user.Str("email"));
        Assert.True(user.Bool("is_active"));
        HttpJson.AssertTimestamp(user["created_at"]);
        Assert.Equal($"/users/{user.Long("id")}", response.LocationPath());
    }

    [Fact]
    public async Task Users_me_returns_the_private_user()
    {
        var username = Unique.Username();
        var registered = await (await Api.RegisterAsync(username, Unique.Email(username))).ExpectObjectAsync(HttpStatusCode.Created);
        var tokens = await Api.LoginOkAsync(username);
        var me = await (await Api.GetAsync("/users/me", tokens.Str("access_token"))).ExpectObjectAsync();
        HttpJson.AssertKeys(me, PrivateUserKeys);
        Assert.True(JsonNode.DeepEquals(registered, me), $"GET /users/me {me.ToJsonString()} differs from the registration {registered.ToJsonString()}");
    }

    [Fact]
    public async Task Users_me_requires_a_token()
    {
        await (await Api.GetAsync("/users/me")).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task A_user_by_id_is_public_and_carries_no_email()
    {
        var user = await Api.NewUserAsync();
        var viewer = await Api.NewUserAsync();
        foreach (var token in new[] { null, viewer.AccessToken, user.AccessToken })
        {
            var body = await (await Api.GetAsync($"/users/{user.Id}", token)).ExpectObjectAsync();
            HttpJson.AssertKeys(body, PublicUserKeys);
            Assert.Equal(user.Id, body.Long("id"));
            Assert.Equal(user.Username, body.Str("username"));
            HttpJson.AssertTimestamp(body["created_at"]);
            Assert.DoesNotContain(user.Email, body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("2000000000")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public async Task An_unknown_or_non_integer_user_id_is_404(string id)
    {
        await (await Api.GetAsync($"/users/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(50)]
    public async Task A_username_at_the_length_limits_is_accepted(int length)
    {
        for (var attempt = 0; ; attempt++)
        {
            var username = UsernameOfLength(length);
            var response = await Api.RegisterAsync(username, Unique.Email(Unique.Username()));
            if (response.StatusCode == HttpStatusCode.Conflict && attempt < 5)
            {
                continue; // a 3-character name may already exist on a shared remote host
            }

            var user = await response.ExpectObjectAsync(HttpStatusCode.Created);
            Assert.Equal(username, user.Str("username"));
            return;
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(51)]
    [InlineData(0)]
    public async Task A_username_past_the_length_limits_is_422(int length)
    {
        await (await Api.RegisterAsync(UsernameOfLength(length), Unique.Email(Unique.Username()))).ExpectValidationAsync("username");
    }

    [Theory]
    [InlineData("A.b-C_{0}")]
    [InlineData("{0}.9-_")]
    public async Task A_username_of_letters_digits_underscore_dot_and_dash_is_accepted(string pattern)
    {
        var username = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Unique.Id());
        var user = await (await Api.RegisterAsync(username, Unique.Email(Unique.Username()))).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(username, user.Str("username"));
    }

    [Theory]
    [InlineData("bad name {0}")]
    [InlineData("bad!{0}")]
    [InlineData("bad@{0}")]
    [InlineData("bad/{0}")]
    [InlineData("bäd{0}")]
    [InlineData("   ")]
    [InlineData(" {0}")]
    public async Task A_username_with_other_characters_is_422(string pattern)
    {
        var username = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Unique.Id());
        await (await Api.RegisterAsync(username, Unique.Email(Unique.Username()))).ExpectValidationAsync("username");
    }

    [Fact]
    public async Task An_email_of_255_characters_is_accepted_and_256_is_422()
    {
        var ok = EmailOfLength(255);
        var user = await (await Api.RegisterAsync(Unique.Username(), ok)).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(ok, user.Str("email"));
        await (await Api.RegisterAsync(Unique.Username(), EmailOfLength(256))).ExpectValidationAsync("email");
    }

    [Theory]
    [InlineData("plainaddress")]
    [InlineData("@example.com")]
    [InlineData("user@")]
    [InlineData("a@@example.com")]
    [InlineData("two words@example.com")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_invalid_email_is_422(string email)
    {
        await (await Api.RegisterAsync(Unique.Username(), email)).ExpectValidationAsync("email");
    }

    [Theory]
    [InlineData(8)]
    [InlineData(128)]
    public async Task A_password_at_the_length_limits_is_accepted_and_works(int length)
    {
        var username = Unique.Username();
        var password = UniqueText(length, 'p');
        await (await Api.RegisterAsync(username, Unique.Email(username), password)).ExpectObjectAsync(HttpStatusCode.Created);
        await Api.LoginOkAsync(username, password);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(129)]
    [InlineData(0)]
    public async Task A_password_past_the_length_limits_is_422(int length)
    {
        var username = Unique.Username();
        await (await Api.RegisterAsync(username, Unique.Email(username), Repeat('p', length))).ExpectValidationAsync("password");
    }

    [Fact]
    public async Task Every_broken_field_gets_its_own_entry()
    {
        await (await RegisterRawAsync(new { username = "x", email = "nope", password = "short" })).ExpectValidationAsync("username", "email", "password");
    }

    [Fact]
    public async Task Missing_fields_are_422()
    {
        await (await Api.PostAsync("/auth/register", "{}")).ExpectValidationAsync("username", "email", "password");
        var username = Unique.Username();
        await (await RegisterRawAsync(new { username, email = Unique.Email(username) })).ExpectValidationAsync("password");
        await (await RegisterRawAsync(new { username, password = Api.DefaultPassword })).ExpectValidationAsync("email");
    }

    [Theory]
    [InlineData("""{"username": 123, "email": "{0}@example.com", "password": "correct horse"}""", "username")]
    [InlineData("""{"username": "{0}", "email": ["{0}@example.com"], "password": "correct horse"}""", "email")]
    [InlineData("""{"username": "{0}", "email": "{0}@example.com", "password": 12345678}""", "password")]
    [InlineData("""{"username": "{0}", "email": "{0}@example.com", "password": true}""", "password")]
    [InlineData("""{"username": null, "email": "{0}@example.com", "password": "correct horse"}""", "username")]
    public async Task A_field_of_the_wrong_json_type_is_422_under_its_name(string template, string field)
    {
        var json = template.Replace("{0}", Unique.Username(), StringComparison.Ordinal);
        await (await Api.PostAsync("/auth/register", json)).ExpectValidationAsync(field);
    }

    [Fact]
    public async Task Unknown_properties_are_ignored()
    {
        var username = Unique.Username();
        var body = new JsonObject
        {
            ["username"] = username,
            ["email"] = Unique.Email(username),
            ["password"] = Api.DefaultPassword,
            ["is_active"] = false,
            ["id"] = 1,
            ["role"] = "admin",
        };
        var user = await (await Api.PostAsync("/auth/register", body)).ExpectObjectAsync(HttpStatusCode.Created);
        Assert.True(user.Bool("is_active"));
        Assert.Equal(username, user.Str("username"));
    }

    [Fact]
    public async Task A_taken_username_is_409_whatever_its_case()
    {
        var username = "Dup_" + Unique.Id();
        await (await Api.RegisterAsync(username, Unique.Email(Unique.Username()))).ExpectObjectAsync(HttpStatusCode.Created);
        await (await Api.RegisterAsync(username, Unique.Email(Unique.Username()))).ExpectProblemAsync(HttpStatusCode.Conflict);
        await (await Api.RegisterAsync(username.ToUpperInvariant(), Unique.Email(Unique.Username()))).ExpectProblemAsync(HttpStatusCode.Conflict);
        await (await Api.RegisterAsync(username.ToLowerInvariant(), Unique.Email(Unique.Username()))).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_taken_email_is_409_whatever_its_case()
    {
        var email = Unique.Email(Unique.Username());
        await (await Api.RegisterAsync(Unique.Username(), email)).ExpectObjectAsync(HttpStatusCode.Created);
        await (await Api.RegisterAsync(Unique.Username(), email)).ExpectProblemAsync(HttpStatusCode.Conflict);
        await (await Api.RegisterAsync(Unique.Username(), email.ToUpperInvariant())).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Validation_comes_before_the_uniqueness_check()
    {
        var user = await Api.NewUserAsync();
        await (await Api.RegisterAsync(user.Username, user.Email, "short")).ExpectValidationAsync("password");
    }
}
