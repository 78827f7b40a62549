using Blog.Domain.Rules;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Pipeline;

/// <summary>
/// A body of unannounced length (chunked): refuses (413) to be read past the limit, whatever server delivers it, and
/// marks a failure to read it off the connection as the client's (<see cref="UnreadableBodyException"/>).
/// </summary>
public sealed class LimitedRequestBody(Stream inner) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return Count(inner.Read(buffer, offset, count));
        }
        catch (IOException exception) when (exception is not (UnreadableBodyException or BadHttpRequestException))
        {
            throw new UnreadableBodyException(exception);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Count(await inner.ReadAsync(buffer, cancellationToken));
        }
        catch (IOException exception) when (exception is not (UnreadableBodyException or BadHttpRequestException))
        {
            throw new UnreadableBodyException(exception);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        return _read <= Limits.RequestBodyBytes ? read
            : throw new BadHttpRequestException(
                $"The request body is larger than {Limits.RequestBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
    }
}
