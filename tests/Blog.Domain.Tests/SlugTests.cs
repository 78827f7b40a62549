using Blog.Domain.Rules;

namespace Blog.Domain.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("  Leading and trailing  ", "leading-and-trailing")]
    [InlineData("a -- b__c", "a-b-c")]
    [InlineData("!!!", "post")]
    [InlineData("", "post")]
    [InlineData("Café crème", "café-crème")]
    [InlineData("100% sure", "100-sure")]
    public void Makes_lower_case_dash_separated_slugs(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Fact]
    public void First_free_appends_the_lowest_unused_number()
    {
        Assert.Equal("post", Slug.FirstFree("post", []));
        Assert.Equal("post-2", Slug.FirstFree("post", ["post"]));
        Assert.Equal("post-3", Slug.FirstFree("post", ["post", "post-2", "post-4"]));
        Assert.Equal("post-2", Slug.FirstFree("post", ["post", "post-3"]));
    }
}
