using System.Text.RegularExpressions;

namespace Portal.Search.Elasticsearch;

/// <summary>
/// The <c>Elasticsearch</c> configuration section. Setting <see cref="Url"/> switches the catalogue search
/// from the embedded Lucene index to the cluster; everything else has a default.
/// </summary>
public sealed partial class ElasticsearchOptions
{
    public const string SectionName = "Elasticsearch";

    /// <summary>Analyzer of the official <c>analysis-smartcn</c> plugin: dictionary word segmentation.</summary>
    public const string SmartCnAnalyzer = "smartcn";

    /// <summary>Built-in analyzer (character bigrams) for clusters where the plugin cannot be installed.</summary>
    public const string CjkAnalyzer = "cjk";

    /// <summary>One node or several, comma-separated (<c>https://es1:9200,https://es2:9200</c>).</summary>
    public string? Url { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>An encoded API key; used instead of <see cref="Username"/>/<see cref="Password"/> when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Start of every index and alias name, so that several portals (or test runs) share a cluster.</summary>
    public string IndexPrefix { get; set; } = "portal";

    /// <summary>
    /// The analyzer of the Chinese text fields: <c>smartcn</c> (needs the plugin) by default, <c>cjk</c>
    /// without it, or any analyzer the cluster has (e.g. one from another Chinese plugin).
    /// </summary>
    public string ChineseAnalyzer { get; set; } = SmartCnAnalyzer;

    /// <summary>Replicas of each catalogue index; 0 suits a single-node cluster.</summary>
    public int NumberOfReplicas { get; set; } = 1;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<Uri> NodeUris()
    {
        var uris = new List<Uri>();
        foreach (var part in (Url ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                // The value may carry credentials (https://user:secret@host): never echo it.
                throw new InvalidOperationException($"{SectionName}:Url must be one or more absolute http(s) URLs separated by commas.");
            }

            if (uri.UserInfo.Length > 0)
            {
                throw new InvalidOperationException($"{SectionName}:Url must not carry credentials; set {SectionName}:Username and {SectionName}:Password, or {SectionName}:ApiKey.");
            }

            uris.Add(uri);
        }

        if (uris.Count == 0)
        {
            throw new InvalidOperationException($"{SectionName}:Url is not set.");
        }

        return uris;
    }

    /// <summary>Throws a clear message for a setting Elasticsearch would reject later with a less clear one.</summary>
    public void Validate()
    {
        _ = NodeUris();
        if (!IndexPrefixPattern().IsMatch(IndexPrefix))
        {
            throw new InvalidOperationException(
                $"{SectionName}:IndexPrefix must be lower-case letters, digits, '-' or '_' and start with a letter or digit (was '{IndexPrefix}').");
        }

        if (string.IsNullOrWhiteSpace(ChineseAnalyzer))
        {
            throw new InvalidOperationException($"{SectionName}:ChineseAnalyzer must name an analyzer (smartcn or cjk).");
        }

        if (NumberOfReplicas < 0)
        {
            throw new InvalidOperationException($"{SectionName}:NumberOfReplicas cannot be negative.");
        }

        if (!string.IsNullOrEmpty(Username) && string.IsNullOrEmpty(Password))
        {
            throw new InvalidOperationException($"{SectionName}:Password is required with {SectionName}:Username.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,60}$")]
    private static partial Regex IndexPrefixPattern();
}
