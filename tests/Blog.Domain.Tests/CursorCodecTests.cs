using System.Security.Cryptography;
using Blog.Domain.Errors;
using Blog.Domain.Paging;

namespace Blog.Domain.Tests;

public class CursorCodecTests
{
    private readonly CursorCodec _codec = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void A_cursor_decodes_to_the_position_it_encodes_under_the_same_scope()
    {
        var position = new CursorPosition("638000000000000000", 42);
        Assert.Equal(position, _codec.Decode("scope", _codec.Encode("scope", position)));
    }

    [Fact]
    public void A_cursor_from_another_scope_is_refused() =>
        Assert.Throws<BadRequestError>(() => _codec.Decode("other", _codec.Encode("scope", new CursorPosition("k", 1))));

    [Fact]
    public void A_cursor_signed_with_another_key_is_refused()
    {
        var foreign = new CursorCodec(RandomNumberGenerator.GetBytes(32)).Encode("scope", new CursorPosition("k", 1));
        Assert.Throws<BadRequestError>(() => _codec.Decode("scope", foreign));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Garbage_is_refused(string cursor) =>
        Assert.Throws<BadRequestError>(() => _codec.Decode("scope", cursor));

    [Fact]
    public void Any_changed_character_is_refused()
    {
        var cursor = _codec.Encode("scope", new CursorPosition("title", 5));
        for (var i = 0; i < cursor.Length; i++)
        {
            if (cursor[i] == '.') continue;
            var tampered = cursor[..i] + (cursor[i] == 'A' ? 'B' : 'A') + cursor[(i + 1)..];
            Assert.Throws<BadRequestError>(() => _codec.Decode("scope", tampered));
        }
    }
}
