using Portal.CatalogueSearch.Caching;
using Xunit;

namespace Portal.CatalogueSearch.Tests;

public sealed class RepeatedSearchesTests
{
    [Fact]
    public void A_key_is_new_the_first_time_and_repeated_after()
    {
        var repeated = new RepeatedSearches();

        Assert.False(repeated.AskedBefore("search:answer:1:aa"));
        Assert.True(repeated.AskedBefore("search:answer:1:aa"));
        Assert.True(repeated.AskedBefore("search:answer:1:aa"));
        Assert.False(repeated.AskedBefore("search:answer:2:aa"));
    }

    [Fact]
    public void Many_distinct_keys_are_each_new_once()
    {
        var repeated = new RepeatedSearches();
        var keys = Enumerable.Range(0, 1_000).Select(i => $"search:answer:7:{i:x8}").ToArray();

        var firstTime = keys.Count(key => !repeated.AskedBefore(key));
        var secondTime = keys.Count(key => repeated.AskedBefore(key));

        Assert.Equal(keys.Length, firstTime);
        // A key may lose its slot to another with the same low hash bits: rare among a thousand.
        Assert.True(secondTime >= keys.Length - 20, $"{secondTime} of {keys.Length} were remembered");
    }
}
