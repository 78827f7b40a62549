namespace Blog.Hosting.Pipeline;

/// <summary>
/// The request body could not be read off the connection (broken chunked framing, a client that hung up): raised by
/// <see cref="LimitedRequestBody"/>, so that only a failure of the client's body, not any server-side I/O error, is
/// answered 400. It stays an <see cref="IOException"/>, which is what framework binders expect of a body read. (Kestrel's
/// and this stream's own BadHttpRequestException, an IOException too, already carries its status.)
/// </summary>
public sealed class UnreadableBodyException(IOException inner) : IOException(inner.Message, inner);
