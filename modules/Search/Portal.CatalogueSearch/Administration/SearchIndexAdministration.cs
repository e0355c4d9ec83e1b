using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Localization;
using Portal.CatalogueSearch.Rebuild;
using Portal.CatalogueSearch.Synonyms;

namespace Portal.CatalogueSearch.Administration;

/// <summary>The host's rebuild and synonym administration, shared by the admin API and any back-office page.</summary>
internal sealed class SearchIndexAdministration(
    RebuildRunStore runs,
    RebuildLauncher launcher,
    SynonymStore synonyms,
    IHttpContextAccessor http,
    IStringLocalizer<SearchMessages> text) : ISearchIndexAdministration
{
    public Task<SearchRebuildStatus> GetRebuildStatusAsync(CancellationToken cancellationToken = default) =>
        runs.StatusAsync(cancellationToken);

    public Task<SearchRebuildStart> StartRebuildAsync(CancellationToken cancellationToken = default) =>
        launcher.StartAsync(CallerName() ?? "admin", cancellationToken);

    public Task<IReadOnlyList<IReadOnlyList<string>>> GetSynonymsAsync(CancellationToken cancellationToken = default) =>
        synonyms.GroupsAsync(cancellationToken);

    public async Task<SynonymsUpdateResult> ReplaceSynonymsAsync(IReadOnlyList<IReadOnlyList<string>?>? groups, CancellationToken cancellationToken = default)
    {
        var (clean, errors) = SynonymValidation.Validate(groups, text);
        if (errors.HasErrors)
        {
            return new SynonymsUpdateResult(null, errors.ToDictionary());
        }

        await synonyms.ReplaceAsync(clean, http.HttpContext, CallerName(), cancellationToken);
        return new SynonymsUpdateResult(clean, null);
    }

    /// <summary>Who asked, for the rebuild row: the user's or client's name.</summary>
    private string? CallerName()
    {
        var user = http.HttpContext?.User;
        return user?.Identity?.Name
            ?? user?.FindFirst("name")?.Value
            ?? user?.FindFirst("client_id")?.Value
            ?? user?.FindFirst("sub")?.Value;
    }
}
