namespace Portal.Search.Elasticsearch;

/// <summary>
/// Elasticsearch refused or could not answer a request. The message names the operation and the
/// server's reason; it never carries credentials or document text. The calling module decides what
/// the user sees (typically "search is unavailable", a 503).
/// </summary>
public sealed class ElasticsearchSearchException : Exception
{
    public ElasticsearchSearchException(string message)
        : base(message)
    {
    }

    public ElasticsearchSearchException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public ElasticsearchSearchException()
    {
    }

    /// <summary>The HTTP status Elasticsearch answered with, or null when no answer came (connection, timeout).</summary>
    public int? StatusCode { get; init; }
}
