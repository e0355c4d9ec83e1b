using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Calendar.Contracts;
using Portal.Identity.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain.Enterprises;
using Portal.Inquiries.Features.Http;
using Portal.Inquiries.Localization;
using Portal.Inquiries.Persistence;

namespace Portal.Inquiries.Features.Reports;

/// <summary>
/// API.md's quarterly statistics, counting only projects whose investor is from outside Yunnan: signings by
/// signing date, landings by landing date, funds by the date received (China Standard Time quarters).
/// The bureau reads the province or one prefecture across tenants; a prefecture reads its own figures.
/// </summary>
internal sealed class QuarterlyReports(
    InquiriesDbContext db,
    CrossTenantReader crossTenant,
    ITenantStore tenants,
    TimeProvider time,
    IStringLocalizer<InquiryMessages> text) : IInquiryReports
{
    private const decimal OneYi = 10_000m;

    public async Task<InquiryResult<QuarterlyReportDto>> GetQuarterlyAsync(
        ClaimsPrincipal principal, int? year, int? quarter, string? prefecture, CancellationToken cancellationToken = default)
    {
        var caller = DeskCaller.From(principal);
        var today = DateOnly.FromDateTime(WorkingCalendar.ToChinaStandardTime(time.GetUtcNow()).DateTime);
        var y = year ?? today.Year;
        var q = quarter ?? ((today.Month - 1) / 3) + 1;
        var errors = new ValidationErrors();
        if (y is < 2000 or > 2100)
        {
            errors.Add("year", text["YearInvalid"]);
        }

        if (q is < 1 or > 4)
        {
            errors.Add("quarter", text["QuarterInvalid"]);
        }

        TenantInfo? tenant = null;
        if (caller.IsHost && !string.IsNullOrWhiteSpace(prefecture)
            && (tenant = await tenants.FindBySlugAsync(prefecture.Trim().ToLowerInvariant(), cancellationToken)) is null)
        {
            errors.Add("prefecture", text["UnknownPrefecture", prefecture]);
        }

        if (errors.HasErrors)
        {
            return new(InquiryOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var from = new DateOnly(y, ((q - 1) * 3) + 1, 1);
        var to = from.AddMonths(3);
        var cases = caller.IsHost ? crossTenant.AcrossTenants(db.Cases.AsNoTracking(), "the bureau's quarterly statistics") : db.Cases.AsNoTracking();
        var funds = caller.IsHost ? crossTenant.AcrossTenants(db.Funds.AsNoTracking(), "the bureau's quarterly statistics") : db.Funds.AsNoTracking();
        if (tenant is not null)
        {
            cases = cases.Where(c => c.TenantId == tenant.Id);
            funds = funds.Where(f => f.TenantId == tenant.Id);
        }

        var signed = await cases.Where(c => c.SignedOn != null)
            .Select(c => new { c.Id, c.SignedOn, c.LandedOn, c.AgreementAmountWan, c.Sector, c.Industrial, c.InvestorProvince })
            .ToListAsync(cancellationToken);
        var outside = signed.Where(c => Provinces.IsOutsideYunnan(c.InvestorProvince)).ToDictionary(c => c.Id);
        var agreements = outside.Values.Where(c => c.SignedOn >= from && c.SignedOn < to).ToList();
        var landed = outside.Values.Count(c => c.LandedOn >= from && c.LandedOn < to);
        var tranches = (await funds.Where(f => f.ReceivedOn >= from && f.ReceivedOn < to).Select(f => new { f.CaseId, f.AmountWan }).ToListAsync(cancellationToken))
            .Where(f => outside.ContainsKey(f.CaseId))
            .Select(f => (Case: outside[f.CaseId], f.AmountWan))
            .ToList();

        decimal Sum(Func<string?, bool> sector) => tranches.Where(t => sector(t.Case.Sector)).Sum(t => t.AmountWan);
        var total = tranches.Sum(t => t.AmountWan);
        var primary = Sum(s => s == Sectors.Primary);
        var secondary = Sum(s => s == Sectors.Secondary);
        var tertiary = Sum(s => s == Sectors.Tertiary);
        var industrial = tranches.Where(t => t.Case.Industrial == true).Sum(t => t.AmountWan);
        var report = new QuarterlyReportDto(
            y, q, tenant?.Slug ?? (caller.IsHost ? null : (await tenants.FindByIdAsync(caller.TenantId!.Value, cancellationToken))?.Slug),
            tranches.Select(t => t.Case.Id).Distinct().Count(),
            new QuarterlyAgreementsDto(
                agreements.Count,
                agreements.Count(a => a.AgreementAmountWan >= OneYi && a.AgreementAmountWan < 10 * OneYi),
                agreements.Count(a => a.AgreementAmountWan >= 10 * OneYi),
                agreements.Sum(a => a.AgreementAmountWan ?? 0)),
            landed,
            new QuarterlyFundsDto(total, primary, secondary, tertiary, industrial,
                Share(primary, total), Share(secondary, total), Share(tertiary, total), Share(industrial, secondary), Share(industrial, total)));
        return new(InquiryOutcome.Succeeded, report);
    }

    private static decimal Share(decimal part, decimal whole) =>
        whole == 0 ? 0 : decimal.Round(part * 100 / whole, 2, MidpointRounding.AwayFromZero);

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/admin/reports/quarterly", async (
                HttpContext http, IInquiryReports reports, CancellationToken ct,
                [FromQuery] int? year = null, [FromQuery] int? quarter = null, [FromQuery] string? prefecture = null) =>
                InquiryHttpResults.From(http, await reports.GetQuarterlyAsync(http.User, year, quarter, prefecture, ct)))
            .RequireAuthorization(Permissions.ReportsRead)
            .WithTags("Reports")
            .WithSummary("Quarterly statistics of projects from outside the province");
}
