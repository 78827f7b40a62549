using Blog.Domain.Rules;

namespace Blog.Domain.Tests;

public class FieldRulesTests
{
    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(50, true)]
    [InlineData(51, false)]
    public void Username_length_is_3_to_50(int length, bool valid) =>
        Assert.Equal(valid, FieldRules.Username(new string('u', length)) is null);

    [Theory]
    [InlineData("ok_name.with-dash", true)]
    [InlineData("has space", false)]
    [InlineData("semi;colon", false)]
    public void Username_allows_letters_digits_underscore_dot_dash(string username, bool valid) =>
        Assert.Equal(valid, FieldRules.Username(username) is null);

    [Theory]
    [InlineData("a@b.io", true)]
    [InlineData("no-at.io", false)]
    [InlineData("a@b", false)]
    [InlineData("a b@c.io", false)]
    public void Email_must_look_like_an_address(string email, bool valid) =>
        Assert.Equal(valid, FieldRules.Email(email) is null);

    [Fact]
    public void Email_is_at_most_255_characters()
    {
        var domain = "@example.io";
        Assert.Null(FieldRules.Email(new string('e', Limits.EmailMax - domain.Length) + domain));
        Assert.NotNull(FieldRules.Email(new string('e', Limits.EmailMax - domain.Length + 1) + domain));
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Password_length_is_8_to_128(int length, bool valid) =>
        Assert.Equal(valid, FieldRules.Password(new string('p', length)) is null);

    [Fact]
    public void Text_fields_refuse_null_empty_blank_and_too_long()
    {
        Assert.Equal(FieldRules.Required, FieldRules.Title(null));
        Assert.NotNull(FieldRules.Title(""));
        Assert.NotNull(FieldRules.Title(" \t\n "));
        Assert.Null(FieldRules.Title(new string('t', Limits.TitleMax)));
        Assert.NotNull(FieldRules.Title(new string('t', Limits.TitleMax + 1)));
        Assert.Null(FieldRules.Content(new string('c', Limits.ContentMax)));
        Assert.NotNull(FieldRules.Content(new string('c', Limits.ContentMax + 1)));
        Assert.Null(FieldRules.CommentContent(new string('c', Limits.CommentMax)));
        Assert.NotNull(FieldRules.CommentContent(new string('c', Limits.CommentMax + 1)));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("draft", true)]
    [InlineData("published", true)]
    [InlineData("archived", true)]
    [InlineData("Published", false)]
    [InlineData("deleted", false)]
    public void Status_is_one_of_three_lower_case_words(string? status, bool valid) =>
        Assert.Equal(valid, FieldRules.Status(status) is null);
}
