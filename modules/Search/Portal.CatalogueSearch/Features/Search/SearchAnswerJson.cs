using System.Buffers;
using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;

namespace Portal.CatalogueSearch.Features.Search;

/// <summary>
/// One search answer as <c>GET /api/search</c> sends it: its UTF-8 JSON and nothing else. Answers are cached
/// in this form because it is one array the garbage collector copies without tracing: cached as the
/// response's object graph (a few hundred strings and records each), a busy minute of distinct searches
/// left so many survivors that every collection paused all requests for 20 ms, which was the p99 of
/// uncached searches. The endpoint writes the bytes as they are; in-process callers deserialize them.
/// </summary>
[ImmutableObject(true)] // never changed once built: HybridCache hands out the cached instance
internal sealed class SearchAnswerJson(byte[] utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

}

/// <summary>Stores <see cref="SearchAnswerJson"/> in the distributed cache (Redis) as its bytes, not as base64 in JSON.</summary>
internal sealed class SearchAnswerJsonSerializer : IHybridCacheSerializer<SearchAnswerJson>
{
    public SearchAnswerJson Deserialize(ReadOnlySequence<byte> source) => new(source.ToArray());

    public void Serialize(SearchAnswerJson value, IBufferWriter<byte> target) => target.Write(value.Utf8.Span);
}
