using Microsoft.AspNetCore.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Security;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// Which prefecture a back-office catalogue page works in. A prefecture's staff work in their own (the
/// tenant middleware set it from their claim; <c>?prefecture=</c> is ignored). A host admin, whose
/// principal has no tenant claim, picks one with <c>?prefecture=slug</c>: the page then switches
/// <see cref="ICurrentTenant"/> to it for the duration of its calls to the catalogue.
/// </summary>
internal sealed class CataloguePrefecture
{
    private CataloguePrefecture(bool isHost, PrefectureDto? prefecture)
    {
        IsHost = isHost;
        Prefecture = prefecture;
    }

    public bool IsHost { get; }

    /// <summary>The prefecture worked in; null when a host admin has not picked one (or picked an unknown one).</summary>
    public PrefectureDto? Prefecture { get; }

    /// <summary>The query value that keeps a host admin's pick on links and forms; null for prefecture staff.</summary>
    public string? RouteValue => IsHost ? Prefecture?.Slug : null;

    public static async Task<CataloguePrefecture> EnterAsync(
        HttpContext http, ICurrentTenant currentTenant, ITenancyModule tenancy, string? requested, CancellationToken cancellationToken)
    {
        if (http.User.HasClaim(claim => claim.Type == PortalClaims.Tenant))
        {
            var own = currentTenant.Slug is { } slug ? await tenancy.FindActivePrefectureAsync(slug, cancellationToken) : null;
            return new CataloguePrefecture(isHost: false, own);
        }

        if (string.IsNullOrWhiteSpace(requested)
            || await tenancy.FindActivePrefectureAsync(requested.Trim().ToLowerInvariant(), cancellationToken) is not { } picked)
        {
            return new CataloguePrefecture(isHost: true, prefecture: null);
        }

        return new CataloguePrefecture(isHost: true, picked);
    }

    /// <summary>
    /// Switches to a host admin's pick until disposed. Call it in the handler itself, not inside an async
    /// helper: the current tenant flows like an AsyncLocal, so a switch made in an awaited method is lost.
    /// </summary>
    public IDisposable? Activate(ICurrentTenant currentTenant) =>
        IsHost && Prefecture is { } picked ? currentTenant.Change(picked.Id, picked.Slug) : null;
}
