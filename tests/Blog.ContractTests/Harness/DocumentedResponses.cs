namespace Blog.ContractTests.Harness;

/// <summary>
/// Sits in every client the suite makes: an answer the host's own OpenAPI document does not describe — an
/// undocumented operation or status, a missing required header, another content type, a body that breaks the
/// schema — fails the test that caused it.
/// </summary>
public sealed class DocumentedResponses(Func<Task<DocumentedApi>> document) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if ((await document()).Mismatch(response, body) is { } mismatch)
        {
            Assert.Fail($"{request.Method} {request.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}, which its OpenAPI document does not describe: {mismatch}");
        }

        return response;
    }
}
