using System.Globalization;
using Portal.Search.Chinese;
using Xunit.Abstractions;

namespace Portal.Search.Tests.Relevance;

/// <summary>
/// Measures an engine on the judged queries over the demo catalogue: recall@10 (share of the relevant
/// documents in the first ten, out of at most ten) and MRR (reciprocal rank of the first relevant hit,
/// 0 beyond ten). Queries are expanded with <see cref="DefaultSynonyms"/> as the search module does.
/// An engine's test class derives from it and supplies an empty index.
/// </summary>
public abstract class RelevanceSuite(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>
    /// Set from the numbers measured on the embedded engine over 56 queries (recall@10 0.978, MRR 1.000 when
    /// written), with a small margin. An engine may override with its own measured floor, never below 0.9.
    /// </summary>
    protected virtual double MinRecallAt10 => 0.95;

    protected virtual double MinMeanReciprocalRank => 0.95;

    /// <summary>No single query may lose most of its answers, whatever the average.</summary>
    protected virtual double MinRecallPerQuery => 0.5;

    private ISearchIndex? index;

    protected abstract Task<ISearchIndex> CreateIndexAsync();

    protected abstract Task DisposeIndexAsync(ISearchIndex index);

    public async Task InitializeAsync()
    {
        index = await CreateIndexAsync();
        await index.UpsertAsync(DemoCorpus.Documents);
    }

    public async Task DisposeAsync()
    {
        if (index is not null)
        {
            await DisposeIndexAsync(index);
        }
    }

    [Fact]
    public void The_suite_judges_at_least_40_queries_against_existing_documents()
    {
        Assert.True(Judgments.All.Count >= 40, $"only {Judgments.All.Count} judged queries");
        Assert.All(Judgments.All, judgment => Assert.All(judgment.Relevant, title => DemoCorpus.ByTitle(title)));
        Assert.True(DemoCorpus.Documents.Count >= 90);
    }

    [Fact]
    public async Task Recall_at_10_and_MRR_meet_the_thresholds()
    {
        var recalls = new List<double>();
        var reciprocalRanks = new List<double>();
        var weak = new List<string>();
        foreach (var judgment in Judgments.All)
        {
            var relevant = judgment.Relevant.Select(title => DemoCorpus.ByTitle(title).Key).ToHashSet(StringComparer.Ordinal);
            var query = SynonymExpander.Default.Expand(new SearchQuery
            {
                Text = judgment.Text,
                Prefectures = judgment.Prefectures,
                Kinds = judgment.Kinds,
                MinAvailableMu = judgment.MinAvailableMu,
                PageSize = 10,
            });
            var results = await index!.SearchAsync(query);
            var keys = results.Hits.Select(hit => DocumentKey.For(hit.Kind, hit.ItemId)).ToList();

            var found = keys.Count(relevant.Contains);
            var recall = (double)found / Math.Min(relevant.Count, 10);
            var firstRelevant = keys.FindIndex(relevant.Contains);
            var reciprocalRank = firstRelevant < 0 ? 0 : 1.0 / (firstRelevant + 1);
            if (recall < 1)
            {
                // What ranked instead, relevant ones starred: what to look at when tuning.
                foreach (var hit in results.Hits)
                {
                    var mark = relevant.Contains(DocumentKey.For(hit.Kind, hit.ItemId)) ? "*" : " ";
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"       {mark} {hit.Title} {hit.Score:0.00}"));
                }
            }

            recalls.Add(recall);
            reciprocalRanks.Add(reciprocalRank);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{recall,5:0.00} {reciprocalRank,5:0.00}  {judgment}  (total {results.Total})"));
            if (recall < MinRecallPerQuery)
            {
                weak.Add(judgment.ToString());
            }

            foreach (var missing in relevant.Where(key => !keys.Contains(key)))
            {
                output.WriteLine($"             missing {DemoCorpus.Documents.First(document => document.Key == missing).Title}");
            }
        }

        var meanRecall = recalls.Average();
        var mrr = reciprocalRanks.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Judgments.All.Count} queries: recall@10 {meanRecall:0.000}, MRR {mrr:0.000}"));

        Assert.True(meanRecall >= MinRecallAt10, $"recall@10 {meanRecall:0.000} < {MinRecallAt10}");
        Assert.True(mrr >= MinMeanReciprocalRank, $"MRR {mrr:0.000} < {MinMeanReciprocalRank}");
        Assert.True(weak.Count == 0, "queries below the per-query recall floor: " + string.Join("; ", weak));
    }
}
