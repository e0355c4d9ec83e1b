using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Portal.Search.Chinese;

namespace Portal.Search.Lucene;

/// <summary>
/// The embedded search engine: Lucene.Net with SmartCn words, CJK bigrams and pinyin fields, one
/// IndexWriter and a near-real-time SearcherManager per index folder. Thread-safe; a write is committed
/// and visible when its task completes. Dispose releases the index's write lock.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const string LivePointerFile = "live.txt";
    private const string GenerationPrefix = "gen-";

    private readonly string root;
    private readonly ChineseAnalyzers analyzers = new();
    private readonly LuceneQueryBuilder queries;
    private readonly MatchCache matches;
    private readonly SemaphoreSlim searchSlots;

    // Writes and searches share it; a swap or dispose takes it exclusively, so nobody touches a closed generation.
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private IndexGeneration live;
    private LuceneRebuild? rebuild;
    private bool disposed;

    public LuceneSearchIndex(IOptions<LuceneSearchOptions> options)
        : this(
            options?.Value.IndexPath ?? throw new ArgumentNullException(nameof(options)),
            options.Value.MatchCacheDocuments,
            options.Value.MaxConcurrentSearches)
    {
    }

    internal LuceneSearchIndex(string indexPath, int matchCacheDocuments = LuceneSearchOptions.DefaultMatchCacheDocuments, int maxConcurrentSearches = 0)
    {
        matches = new MatchCache(matchCacheDocuments);
        var slots = maxConcurrentSearches > 0 ? maxConcurrentSearches : Environment.ProcessorCount;
        searchSlots = new SemaphoreSlim(slots, slots);
        if (string.IsNullOrWhiteSpace(indexPath))
        {
            throw new ArgumentException("The index path is required.", nameof(indexPath));
        }

        root = Path.GetFullPath(indexPath);
        Directory.CreateDirectory(root);
        queries = new LuceneQueryBuilder(analyzers);

        var liveName = ReadLivePointer();
        if (liveName is null || !Directory.Exists(Path.Combine(root, liveName)))
        {
            liveName = NewGenerationName();
        }

        live = IndexGeneration.Open(Path.Combine(root, liveName), analyzers);
        if (!live.IsCurrentFormat)
        {
            live.Dispose();
            liveName = NewGenerationName();
            live = IndexGeneration.Open(Path.Combine(root, liveName), analyzers);
        }

        WriteLivePointer(liveName);
        DeleteGenerationsOtherThan(liveName);
    }

    public Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        cancellationToken.ThrowIfCancellationRequested();
        if (documents.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Mapping (analysis happens in the writer) is done outside the lock; the last of duplicate keys wins.
        var mapped = documents
            .GroupBy(document => document.Key, StringComparer.Ordinal)
            .Select(group => (Key: group.Key, Document: DocumentMapper.Map(group.Last())))
            .ToList();

        gate.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            foreach (var (key, document) in mapped)
            {
                live.Writer.UpdateDocument(new Term(IndexFields.Key, key), document);
            }

            rebuild?.Mirror(mapped);
            live.CommitAndRefresh();
        }
        finally
        {
            gate.ExitReadLock();
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var terms = keys.Where(key => !string.IsNullOrEmpty(key)).Distinct(StringComparer.Ordinal).Select(key => new Term(IndexFields.Key, key)).ToArray();
        if (terms.Length == 0)
        {
            return Task.CompletedTask;
        }

        gate.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            live.Writer.DeleteDocuments(terms);
            rebuild?.MirrorDelete(terms);
            live.CommitAndRefresh();
        }
        finally
        {
            gate.ExitReadLock();
        }

        return Task.CompletedTask;
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await searchSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Search(query);
        }
        finally
        {
            searchSlots.Release();
        }
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max, Guid? tenantId = null, CancellationToken cancellationToken = default)
    {
        await searchSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Suggest(prefix, max, tenantId);
        }
        finally
        {
            searchSlots.Release();
        }
    }

    public Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        gate.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (rebuild is not null)
            {
                throw new InvalidOperationException("A search index rebuild is already in progress.");
            }

            var target = IndexGeneration.Open(Path.Combine(root, NewGenerationName()), analyzers);
            rebuild = new LuceneRebuild(this, target);
            return Task.FromResult<ISearchIndexRebuild>(rebuild);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (generation, searcher) = Acquire();
        try
        {
            return Task.FromResult((long)searcher.IndexReader.NumDocs);
        }
        finally
        {
            generation.Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        gate.EnterWriteLock();
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            rebuild?.Abandon();
            rebuild = null;
            live.Dispose();
        }
        finally
        {
            gate.ExitWriteLock();
        }

        analyzers.Dispose();
    }

    internal void Complete(LuceneRebuild completed)
    {
        IndexGeneration previous;
        gate.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!ReferenceEquals(rebuild, completed))
            {
                throw new InvalidOperationException("This rebuild is no longer in progress.");
            }

            completed.Target.CommitAndRefresh();
            previous = live;
            live = completed.Target;
            rebuild = null;
            WriteLivePointer(live.Name);
        }
        finally
        {
            gate.ExitWriteLock();
        }

        previous.Dispose();
        TryDeleteFolder(previous.Path);
    }

    internal void Abandon(LuceneRebuild abandoned)
    {
        gate.EnterWriteLock();
        try
        {
            if (!ReferenceEquals(rebuild, abandoned))
            {
                return;
            }

            rebuild = null;
            abandoned.Abandon();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private SearchResults Search(SearchQuery query)
    {
        var text = QueryText.Normalize(query.Text);
        var alternatives = text.Length == 0
            ? []
            : query.Alternatives
                .Take(SynonymExpander.MaxAlternatives * 2)
                .Select(QueryText.Normalize)
                .Where(alternative => alternative.Length > 0 && !string.Equals(alternative, text, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(SynonymExpander.MaxAlternatives)
                .ToList();

        var byRelevance = query.Sort == SearchSort.Relevance && text.Length > 0;

        // With the match cache, matches are recorded with scores whatever the sort: the same words sorted
        // by date then replay what a search by relevance recorded, and the other way round.
        var scored = text.Length > 0 && (byRelevance || matches.Enabled);
        Query scoring;
        List<string> highlightTerms = [];
        if (text.Length == 0)
        {
            scoring = new MatchAllDocsQuery();
        }
        else if (queries.Text(text, alternatives, scored) is ({ } textQuery, var terms))
        {
            scoring = textQuery;
            highlightTerms = terms;
        }
        else
        {
            return SearchResults.Empty;
        }

        var filtered = new BooleanQuery { { scoring, Occur.MUST } };
        foreach (var filter in Filters(query))
        {
            filtered.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        var selection = new FacetSelection(
            query.Kinds.Select(SearchKinds.Code).ToHashSet(StringComparer.Ordinal),
            query.Prefectures.Where(value => value is not null).ToHashSet(StringComparer.Ordinal),
            query.Chains.Where(value => value is not null).ToHashSet(StringComparer.Ordinal));

        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, SearchQuery.MaxPageSize);

        var (generation, searcher) = Acquire();
        try
        {
            var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
            var wanted = (int)Math.Min((long)page * pageSize, maxDoc);
            ITopDocsCollector ranking = byRelevance
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: true)
                : TopFieldCollector.Create(NewestFirst, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
            var collector = new FacetingCollector(ranking, selection, RangeFilters.Of(query));
            if (matches.Enabled)
            {
                Matches(generation, searcher, filtered, scored).Replay(searcher.IndexReader, collector);
            }
            else
            {
                searcher.Search(filtered, collector);
            }

            var start = (long)(page - 1) * pageSize;
            var hits = new List<SearchHit>();
            if (start < collector.Total && start < wanted)
            {
                var highlighter = new HitHighlighter(highlightTerms);
                foreach (var scoreDoc in ranking.GetTopDocs((int)start, pageSize).ScoreDocs)
                {
                    hits.Add(ToHit(searcher, scoreDoc.Doc, scoreDoc.Score, highlighter));
                }
            }

            return new SearchResults(collector.Total, hits, collector.Facets());
        }
        finally
        {
            generation.Searchers.Release(searcher);
        }
    }

    // What the text and term filters match, from the cache or recorded now; facets, ranges and paging
    // are applied on the replay, so the cache never changes an answer.
    private MatchSet Matches(IndexGeneration generation, IndexSearcher searcher, Query filtered, bool scored)
    {
        var key = new MatchKey(generation.Name, ((DirectoryReader)searcher.IndexReader).Version, filtered.ToString(), scored);
        if (matches.Find(key) is { } cached)
        {
            return cached;
        }

        var recorder = new MatchSet.Recorder(searcher.IndexReader.Leaves.Count, scored);
        searcher.Search(filtered, recorder);
        var set = recorder.ToSet();
        matches.Keep(key, set);
        return set;
    }

    private static readonly Sort NewestFirst = new(new SortField(IndexFields.PublishedAt, SortFieldType.INT64, reverse: true), SortField.FIELD_DOC);

    private static IEnumerable<Query> Filters(SearchQuery query)
    {
        if (query.TenantId is { } tenantId)
        {
            yield return new TermQuery(new Term(IndexFields.Tenant, DocumentMapper.TenantTerm(tenantId)));
        }

        if (query.Levels.Count > 0)
        {
            var levels = new BooleanQuery();
            foreach (var level in query.Levels.Where(level => !string.IsNullOrEmpty(level)).Distinct(StringComparer.Ordinal))
            {
                levels.Add(new TermQuery(new Term(IndexFields.Level, level)), Occur.SHOULD);
            }

            // Only empty level codes were given: nothing can match them.
            yield return levels.Clauses.Count > 0 ? levels : new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST_NOT } };
        }

        // Amounts and "in force" are checked on the hits by RangeFilters, in the collector.
    }

    private List<SearchSuggestion> Suggest(string prefix, int max, Guid? tenantId)
    {
        var text = QueryText.Normalize(prefix);
        var count = Math.Clamp(max, 0, 50);
        if (text.Length == 0 || count == 0 || queries.Suggestion(text) is not { } suggestion)
        {
            return [];
        }

        var query = new BooleanQuery { { suggestion, Occur.MUST } };
        if (tenantId is { } tenant)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Tenant, DocumentMapper.TenantTerm(tenant)))) { Boost = 0f }, Occur.MUST);
        }

        var (generation, searcher) = Acquire();
        try
        {
            var top = searcher.Search(query, null, count * 3, new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.PublishedAt, SortFieldType.INT64, reverse: true)));
            var suggestions = new List<SearchSuggestion>(count);
            var titles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scoreDoc in top.ScoreDocs)
            {
                var (card, _, _) = Card(searcher, scoreDoc.Doc);
                if (titles.Add(card.Title) && SearchKinds.TryParse(card.Kind, out var kind))
                {
                    suggestions.Add(new SearchSuggestion(kind, card.ItemId, card.Title, card.Url));
                    if (suggestions.Count == count)
                    {
                        break;
                    }
                }
            }

            return suggestions;
        }
        finally
        {
            generation.Searchers.Release(searcher);
        }
    }

    private static SearchHit ToHit(IndexSearcher searcher, int doc, float score, HitHighlighter highlighter)
    {
        var (card, reader, local) = Card(searcher, doc);
        if (!SearchKinds.TryParse(card.Kind, out var kind))
        {
            throw new InvalidDataException($"Unknown kind {card.Kind} in search document {card.ItemId}.");
        }

        // A body cut to fit its card: the stored one, when the words are not in the part the card holds.
        var body = card.BodyCut && !highlighter.Finds(card.Body) ? reader.Document(local).Get(IndexFields.Body) ?? card.Body : card.Body;
        return new SearchHit(
            kind,
            card.ItemId,
            card.Prefecture,
            highlighter.Title(card.Title),
            highlighter.Snippet(body),
            card.Url,
            float.IsNaN(score) ? 0d : score,
            new DateTimeOffset(card.PublishedTicks, TimeSpan.Zero));
    }

    private static (HitCard Card, AtomicReader Reader, int LocalDoc) Card(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var reader = leaf.AtomicReader;
        var local = doc - leaf.DocBase;
        var values = reader.GetBinaryDocValues(IndexFields.Hit)
            ?? throw new InvalidDataException("The search index has no hit cards; rebuild it.");
        return (HitCards.Read(values, local), reader, local);
    }

    private (IndexGeneration Generation, IndexSearcher Searcher) Acquire()
    {
        gate.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return (live, live.Searchers.Acquire());
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private string? ReadLivePointer()
    {
        var pointer = Path.Combine(root, LivePointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        return name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 ? name : null;
    }

    // Written to a temporary file and renamed, so a crash leaves either the old or the new pointer.
    private void WriteLivePointer(string name)
    {
        var pointer = Path.Combine(root, LivePointerFile);
        var temporary = pointer + ".tmp";
        File.WriteAllText(temporary, name);
        File.Move(temporary, pointer, overwrite: true);
    }

    private void DeleteGenerationsOtherThan(string liveName)
    {
        foreach (var folder in Directory.EnumerateDirectories(root, GenerationPrefix + "*"))
        {
            if (Path.GetFileName(folder) != liveName)
            {
                TryDeleteFolder(folder);
            }
        }
    }

    private static string NewGenerationName() => $"{GenerationPrefix}{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..(GenerationPrefix.Length + 17 + 9)];

    internal static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still in use (another platform's file locks); the next start removes stale generations.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
