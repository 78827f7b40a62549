using Blog.Domain.Rules;

namespace Blog.Domain.Tests;

public class TagNamesTests
{
    [Theory]
    [InlineData("dotnet", true)]
    [InlineData("C-Sharp", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("under_score", false)]
    [InlineData("ümlaut", false)]
    public void Valid_tags_are_lower_case_letters_digits_and_dashes(string tag, bool valid) =>
        Assert.Equal(valid, TagNames.IsValid(tag));

    [Fact]
    public void Thirty_characters_is_the_limit()
    {
        Assert.True(TagNames.IsValid(new string('a', Limits.TagMax)));
        Assert.False(TagNames.IsValid(new string('a', Limits.TagMax + 1)));
    }

    [Fact]
    public void Normalize_lower_cases_and_collapses_duplicates_in_order() =>
        Assert.Equal(["b", "a"], TagNames.Normalize(["B", "a", "b", "A"]));

    [Fact]
    public void Eleven_distinct_tags_are_too_many_but_duplicates_collapse_first()
    {
        var eleven = Enumerable.Range(0, 11).Select(i => $"t{i}").ToList();
        Assert.NotNull(FieldRules.Tags(eleven));
        Assert.Null(FieldRules.Tags([.. eleven.Take(10), "T0"]));
    }
}
