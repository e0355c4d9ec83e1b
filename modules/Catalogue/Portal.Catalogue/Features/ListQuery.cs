using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Localization;

namespace Portal.Catalogue.Features;

/// <summary>The filters and paging every admin list takes: <c>status</c>, <c>q</c>, <c>chain</c>, <c>page</c>, <c>pageSize</c> (≤ 100).</summary>
internal sealed record ListQuery(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "chain")] string? Chain,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;
    public const int MaxQueryLength = 100;

    public int PageNumber() => Page ?? 1;

    public int Size() => PageSize ?? DefaultPageSize;

    public int Skip() => (PageNumber() - 1) * Size();

    public PublicationStatus? StatusFilter() => PublicationStatusCodes.Parse(Status?.Trim());

    public string? TextFilter() => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public string? ChainFilter() => string.IsNullOrWhiteSpace(Chain) ? null : Chain.Trim();

    public ValidationErrors Validate(IStringLocalizer<CatalogueMessages> text)
    {
        var errors = new ValidationErrors();
        if (!string.IsNullOrWhiteSpace(Status) && StatusFilter() is null)
        {
            errors.Add("status", text["StatusInvalid"]);
        }

        if (PageNumber() is < 1 or > MaxPage)
        {
            errors.Add("page", text["PageInvalid"]);
        }

        if (Size() is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", text["PageSizeInvalid", MaxPageSize]);
        }

        if (TextFilter()?.Length > MaxQueryLength)
        {
            errors.Add("q", text["TooLong", MaxQueryLength]);
        }

        return errors;
    }

    public Paged<T> PageOf<T>(int total, IReadOnlyList<T> items) => new(total, PageNumber(), Size(), items);
}
