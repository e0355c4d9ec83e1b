using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Search.Lucene;

namespace Portal.Search.Tests.Lucene;

public sealed class LuceneRegistrationTests
{
    [Fact]
    public async Task The_index_is_one_singleton_released_with_the_container()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var services = new ServiceCollection().AddLuceneSearchIndex(options => options.IndexPath = folder);
            await using (var provider = services.BuildServiceProvider())
            {
                var index = provider.GetRequiredService<ISearchIndex>();
                Assert.Same(provider.GetRequiredService<LuceneSearchIndex>(), index);
                Assert.Equal(0, await index.CountAsync());
            }

            // Disposing the container released the write lock: the folder opens again.
            using var reopened = new LuceneSearchIndex(folder);
            Assert.Equal(0, await reopened.CountAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_empty_index_path_is_refused()
    {
        using var provider = new ServiceCollection().AddLuceneSearchIndex(options => options.IndexPath = " ").BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISearchIndex>());
    }
}
