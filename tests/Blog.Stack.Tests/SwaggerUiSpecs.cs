namespace Blog.Stack.Tests;

/// <summary>In Production a host serves its OpenAPI document but no Swagger UI, unless `Swagger:Enabled` says so.</summary>
public sealed class SwaggerUiSpecs(StackFixture stack)
{
    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task In_production_the_document_is_served_and_swagger_ui_is_not(string host)
    {
        using var client = stack.RawProxyClient();
        var prefix = StackFixture.PrefixOf(host);
        await (await client.GetAsync($"{prefix}/swagger/v1/swagger.json", TestContext.Current.CancellationToken)).ExpectStatusAsync(HttpStatusCode.OK);
        foreach (var path in new[] { "/swagger", "/swagger/index.html" })
            await (await client.GetAsync(prefix + path, TestContext.Current.CancellationToken)).ExpectStatusAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task Swagger_enabled_turns_the_ui_on_in_production_and_finds_the_document_under_the_proxys_prefix(string host)
    {
        await using var instance = await HostProcess.StartAsync(host, stack.Database, Production(("Swagger__Enabled", "true")));
        using var client = new HttpClient { BaseAddress = instance.BaseAddress };
        var index = await client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        await index.ExpectStatusAsync(HttpStatusCode.OK);
        // The UI asks for the document relative to its own page, so through /minimal/swagger/ it asks /minimal/swagger/v1/….
        var settings = await client.GetStringAsync("/swagger/index.js", TestContext.Current.CancellationToken);
        Assert.Contains("\"v1/swagger.json\"", settings, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Production((string Key, string Value) setting) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Jwt__SigningKey"] = "a-signing-key-for-this-one-instance-only-0123456789",
        [setting.Key] = setting.Value,
    };
}
