using System.Text;
using Elastic.Transport;

namespace Portal.Search.Tests.Elasticsearch;

/// <summary>One request the client sent: method, path with query string, and body as text.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string Body)
{
    public string Path => PathAndQuery.Split('?')[0];

    public string Query => PathAndQuery.Contains('?', StringComparison.Ordinal) ? PathAndQuery.Split('?', 2)[1] : "";

    public override string ToString() => $"{Method} {PathAndQuery}";
}

/// <summary>A canned answer: status and JSON body (empty for HEAD).</summary>
internal sealed record CannedResponse(int Status, string Body = "{}");

/// <summary>
/// The client's transport replaced by canned answers chosen per request (by method and path), each
/// built by Elastic.Transport's own <see cref="InMemoryRequestInvoker"/> so the client parses it as it
/// would a server's. Requests are recorded through the client's OnRequestCompleted hook with direct
/// streaming off, i.e. exactly the bytes that would go on the wire.
/// </summary>
internal sealed class RecordingRequestInvoker(Func<string, string, CannedResponse?> answer) : IRequestInvoker
{
    private static readonly Dictionary<string, IEnumerable<string>> ProductHeader = new()
    {
        // Without it the client refuses the answer as not coming from Elasticsearch.
        ["x-elastic-product"] = ["Elasticsearch"],
    };

    private readonly InMemoryRequestInvoker defaults = new();

    public ResponseFactory ResponseFactory => defaults.ResponseFactory;

    public List<RecordedRequest> Requests { get; } = [];

    public void Record(ApiCallDetails details) => Requests.Add(new RecordedRequest(
        details.HttpMethod.ToString(),
        details.Uri!.PathAndQuery,
        details.RequestBodyInBytes is { } body ? Encoding.UTF8.GetString(body) : ""));

    public Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new() =>
        For(endpoint).RequestAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        For(endpoint).Request<TResponse>(endpoint, boundConfiguration, postData);

    public void Dispose() => ((IDisposable)defaults).Dispose();

    private InMemoryRequestInvoker For(Endpoint endpoint)
    {
        var method = endpoint.Method.ToString();
        var path = "/" + endpoint.PathAndQuery.Split('?')[0].TrimStart('/');
        var canned = answer(method, path) ?? throw new InvalidOperationException($"No canned answer for {method} {endpoint.PathAndQuery}");
        return new InMemoryRequestInvoker(Encoding.UTF8.GetBytes(canned.Body), canned.Status, null, "application/json", ProductHeader);
    }
}
