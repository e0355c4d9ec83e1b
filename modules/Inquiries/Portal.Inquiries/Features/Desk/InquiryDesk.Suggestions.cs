using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Routing.Suggestions;

namespace Portal.Inquiries.Features.Desk;

/// <summary>Suggested routing: the matching ranker's prefectures, each with its best park and the reasons in the caller's language.</summary>
internal sealed partial class InquiryDesk
{
    public async Task<InquiryResult<IReadOnlyList<RoutingSuggestionDto>>> SuggestRoutingAsync(ClaimsPrincipal principal, Guid id, CancellationToken cancellationToken = default)
    {
        if (!DeskCaller.From(principal).CanRoute)
        {
            return Forbidden<IReadOnlyList<RoutingSuggestionDto>>();
        }

        var inquiry = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return NotFound<IReadOnlyList<RoutingSuggestionDto>>();
        }

        var suggestions = await suggester.SuggestAsync(
            new SuggestionRequest(inquiry.Chain, inquiry.LandMu, inquiry.PreferredPrefectures, inquiry.PreferredParks), cancellationToken);
        var english = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var result = new List<RoutingSuggestionDto>();
        foreach (var prefecture in suggestions.Prefectures)
        {
            var park = prefecture.ParkIds.Select(parkId => suggestions.Parks.FirstOrDefault(p => p.ParkId == parkId)).FirstOrDefault(p => p is not null);
            var reasons = prefecture.Reasons.Concat(park?.Reasons ?? [])
                .Select(reason => english ? reason.TextEn : reason.TextZh)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var p = prefecture.Prefecture;
            result.Add(new RoutingSuggestionDto(
                new InquiryPrefectureDto(p.Slug, p.Code, p.Name, p.NameEn), park?.ParkId, park?.ParkName, (double)prefecture.Score, reasons));
        }

        return new(InquiryOutcome.Succeeded, result);
    }
}
