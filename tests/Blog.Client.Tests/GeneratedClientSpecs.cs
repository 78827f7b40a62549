using System.Net.Http.Headers;
using Blog.Client.Generated;
using Blog.Client.Generated.Auth.Login;
using Blog.Client.Generated.Auth.Register;
using Blog.Client.Generated.Models;
using Blog.Client.Generated.Posts;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Blog.Client.Tests;

/// <summary>A client generated from docs/openapi.json, with nothing written by hand, uses every host as the README does.</summary>
public sealed class GeneratedClientSpecs(HostsFixture hosts) : IClassFixture<HostsFixture>
{
    public static TheoryData<string> HostNames() => new(HostProcess.Built.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(HostNames))]
    public async Task The_generated_client_registers_logs_in_writes_a_post_and_lists_it(string name)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var username = Unique.Username();
        const string password = "correct horse battery";
        using var anonymous = Client(name, token: null, out var blog);

        var user = await blog.Auth.Register.PostAsync(
            new RegisterPostRequestBody { Username = username, Email = Unique.Email(username), Password = password }, cancellationToken: cancellationToken);
        Assert.Equal(username, user?.Username);

        var tokens = await blog.Auth.Login.PostAsync(new LoginPostRequestBody { Username = username, Password = password }, cancellationToken: cancellationToken);
        Assert.Equal("bearer", tokens?.TokenType);

        using var authorized = Client(name, tokens!.AccessToken, out var author);
        var tag = Unique.Tag();
        var post = await author.Posts.PostAsync(
            new PostsPostRequestBody { Title = "Generated " + Unique.Id(), Content = "Written by a generated client.", Status = "published", Tags = [tag] },
            cancellationToken: cancellationToken);
        Assert.Equal(PostStatus.Published, post?.Status);
        Assert.Equal(user!.Id, post!.Author?.Id);

        var page = await blog.Posts.GetAsync(list =>
        {
            list.QueryParameters.AuthorId = user.Id;
            list.QueryParameters.Tag = tag;
            list.QueryParameters.Sort = GetSortQueryParameterType.Title;
            list.QueryParameters.Limit = 5;
        }, cancellationToken);
        Assert.Equal(post.Id, Assert.Single(page?.Items ?? []).Id);
        Assert.Equal(1, page!.Total);
        Assert.False(page.HasMore);
    }

    /// <summary>
    /// A generated client of one host, over an HttpClient that fails the test on any 5xx or on an answer the host's
    /// document does not describe, and sends the token, if any.
    /// </summary>
    private HttpClient Client(string name, string? token, out BlogClient client)
    {
        var http = hosts.Client(name);
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = hosts[name].BaseAddress.ToString().TrimEnd('/'),
        };
        client = new BlogClient(adapter);
        return http;
    }
}
