using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Storage;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Features;
using Portal.Catalogue.Features.Parks;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Administration;

/// <summary>
/// <see cref="ICatalogueAdministration"/> over the admin API's own pieces: <see cref="ListQuery"/>'s
/// checks, <see cref="ParkRequest.ToContent"/> (trimming, rounding, sanitizing), <see cref="ParkValidation"/>,
/// the aggregate's publishing rules, <see cref="ParkUsage"/>, <see cref="CatalogueAudit"/> and the same
/// integration events, so that a page and an API call cannot disagree.
/// </summary>
internal sealed partial class CatalogueAdministration(
    CatalogueDbContext db,
    ICurrentTenant currentTenant,
    IHttpContextAccessor httpContextAccessor,
    RichTextSanitizer sanitizer,
    TimeProvider clock,
    IStringLocalizer<CatalogueMessages> text,
    IStringLocalizer<ImportMessages> importText,
    ITenantStore tenants,
    IMediaStorage storage,
    ILogger<CatalogueAdministration> logger) : ICatalogueAdministration
{
    private HttpContext Http => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("The catalogue's back office runs inside a request.");

    public async Task<CatalogueAdminResult<CatalogueAdminPage<AdminParkSummaryDto>>> ListParksAsync(
        CatalogueAdminQuery query, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return new(CatalogueAdminOutcome.PrefectureRequired, Message: text["PrefectureRequired"]);
        }

        var list = new ListQuery(query.Status, query.Q, query.Chain, query.Page, query.PageSize);
        var errors = list.Validate(text);
        if (errors.HasErrors)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var parks = db.Parks.AsNoTracking();
        if (list.StatusFilter() is { } status)
        {
            parks = parks.Where(p => p.Status == status);
        }

        if (list.TextFilter() is { } q)
        {
            parks = parks.Where(p => p.Name.Contains(q) || (p.County != null && p.County.Contains(q)));
        }

        if (list.ChainFilter() is { } chain)
        {
            parks = parks.Where(p => p.Chains.Contains(chain));
        }

        var total = await parks.CountAsync(cancellationToken);
        var rows = await parks
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip(list.Skip()).Take(list.Size())
            .Select(p => new
            {
                p.Id, p.Name, p.ParkKind, p.Level, p.County, p.Chains, p.AvailableLandMu,
                p.Status, p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(p => new AdminParkSummaryDto(
            p.Id, p.Name, p.ParkKind, p.Level, p.County, p.Chains, p.AvailableLandMu,
            PublicationStatusCodes.Of(p.Status), p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt)).ToList();
        return new(CatalogueAdminOutcome.Succeeded, new CatalogueAdminPage<AdminParkSummaryDto>(total, list.PageNumber(), list.Size(), items));
    }

    public async Task<CatalogueAdminResult<AdminParkDto>> GetParkAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return new(CatalogueAdminOutcome.PrefectureRequired, Message: text["PrefectureRequired"]);
        }

        var park = await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return park is null ? new(CatalogueAdminOutcome.NotFound) : new(CatalogueAdminOutcome.Succeeded, ToDto(park));
    }

    public async Task<CatalogueAdminResult<PublishedParkDto>> PreviewParkAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is not { } tenantId)
        {
            return new(CatalogueAdminOutcome.PrefectureRequired, Message: text["PrefectureRequired"]);
        }

        var park = await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (park is null || await tenants.FindByIdAsync(tenantId, cancellationToken) is not { } tenant)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        var prefecture = new PrefectureRefDto(tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn);
        var dto = PrefectureCatalogue.ToDto(park.Id, prefecture, park.Content, park.UpdatedAt) with
        {
            Photos = await AdminMediaAsPublishedAsync(CatalogueItemKinds.Park, park.Id, cancellationToken),
        };
        return new(CatalogueAdminOutcome.Succeeded, dto);
    }

    public async Task<CatalogueAdminResult<AdminParkDto>> CreateParkAsync(ParkInput input, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<AdminParkDto>();
        }

        var content = ToRequest(input, version: null).ToContent(sanitizer);
        var errors = await ParkValidation.ValidateAsync(content, db, text, cancellationToken);
        if (errors.HasErrors)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        return await AddAsync<Park, ParkContent, AdminParkDto>(db.Parks, Park.Create(content, clock.GetUtcNow()), ToDto, cancellationToken);
    }

    public Task<CatalogueAdminResult<AdminParkDto>> UpdateParkAsync(
        Guid id, int version, ParkInput input, CancellationToken cancellationToken = default) =>
        EditAsync<Park, ParkContent, AdminParkDto>(
            db.Parks,
            id,
            version,
            async _ =>
            {
                var content = ToRequest(input, version).ToContent(sanitizer);
                return (content, await ParkValidation.ValidateAsync(content, db, text, cancellationToken));
            },
            ToDto,
            cancellationToken);

    public Task<CatalogueAdminResult<bool>> ChangeParkAsync(Guid id, string action, CancellationToken cancellationToken = default) =>
        ChangeAsync<Park, ParkContent>(db.Parks, id, action, (park, ct) => ParkUsage.DeletionBlockersAsync(db, park, ct), cancellationToken);

    /// <summary>
    /// Publish, unpublish, archive or delete any kind of item: the aggregate's rules, one event and one
    /// audit entry in the same transaction; a state that forbids it is <see cref="CatalogueAdminOutcome.Refused"/>.
    /// </summary>
    private async Task<CatalogueAdminResult<bool>> ChangeAsync<TItem, TContent>(
        DbSet<TItem> items,
        Guid id,
        string action,
        Func<TItem, CancellationToken, Task<IEnumerable<IBusinessRule>>>? deletionBlockers,
        CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        if (currentTenant.Id is null)
        {
            return new(CatalogueAdminOutcome.PrefectureRequired, Message: text["PrefectureRequired"]);
        }

        var item = await items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        try
        {
            if (action == CatalogueAdminActions.Delete)
            {
                item.EnsureCanBeDeleted();
                if (deletionBlockers is not null)
                {
                    BusinessRules.Enforce(await deletionBlockers(item, cancellationToken));
                }

                items.Remove(item);
                db.AddIntegrationEvent(new CatalogueItemDeleted(item.Kind, item.Id, item.TenantId!.Value));
                db.AuditDeleted(Http, item);
                await db.SaveChangesAsync(cancellationToken);
                return new(CatalogueAdminOutcome.Succeeded, true);
            }

            var now = clock.GetUtcNow();
            var before = item.Status;
            var tenantId = item.TenantId!.Value;
            var (changed, verb, happened) = action switch
            {
                CatalogueAdminActions.Publish => (item.Publish(now), CatalogueAudit.Published,
                    (IIntegrationEvent)new CatalogueItemPublished(item.Kind, item.Id, tenantId)),
                CatalogueAdminActions.Unpublish => (item.Unpublish(now), CatalogueAudit.Unpublished,
                    new CatalogueItemUnpublished(item.Kind, item.Id, tenantId)),
                CatalogueAdminActions.Archive => (item.Archive(now), CatalogueAudit.Archived,
                    new CatalogueItemArchived(item.Kind, item.Id, tenantId)),
                _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a catalogue admin action."),
            };
            if (changed)
            {
                db.AddIntegrationEvent(happened);
                db.AuditPublication(Http, item, verb, before);
                await db.SaveChangesAsync(cancellationToken);
            }

            return new(CatalogueAdminOutcome.Succeeded, changed);
        }
        catch (BusinessRuleException refused)
        {
            return Refusal<bool>(refused);
        }
        catch (DbUpdateConcurrencyException)
        {
            var now = await CurrentVersions.OfAsync<TItem, TContent>(items, id, cancellationToken);
            return Stale<bool>(now);
        }
    }

    /// <summary>
    /// Replaces an item's working copy based on <paramref name="version"/>: an older version, or a save
    /// that lost the race, is <see cref="CatalogueAdminOutcome.Stale"/> and changes nothing.
    /// </summary>
    private async Task<CatalogueAdminResult<TDto>> EditAsync<TItem, TContent, TDto>(
        DbSet<TItem> items,
        Guid id,
        int version,
        Func<TItem, Task<(TContent? Content, ValidationErrors Errors)>> prepare,
        Func<TItem, TDto> toDto,
        CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        if (currentTenant.Id is null)
        {
            return new(CatalogueAdminOutcome.PrefectureRequired, Message: text["PrefectureRequired"]);
        }

        var item = await items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        if (version != item.Version)
        {
            return Stale<TDto>(item.Version);
        }

        var (content, errors) = await prepare(item);
        if (errors.HasErrors || content is null)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        try
        {
            var before = item.Content;
            if (item.Edit(content, clock.GetUtcNow()))
            {
                db.AddIntegrationEvent(new CatalogueItemUpdated(item.Kind, item.Id, item.TenantId!.Value));
                db.AuditUpdated(Http, item, before);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (BusinessRuleException refused)
        {
            return Refusal<TDto>(refused);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale<TDto>(await CurrentVersions.OfAsync<TItem, TContent>(items, id, cancellationToken));
        }

        return new(CatalogueAdminOutcome.Succeeded, toDto(item));
    }

    /// <summary>Adds a validated item as a draft with its event and audit entry, and saves.</summary>
    private async Task<CatalogueAdminResult<TDto>> AddAsync<TItem, TContent, TDto>(
        DbSet<TItem> items, TItem item, Func<TItem, TDto> toDto, CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        items.Add(item);
        db.AddIntegrationEvent(new CatalogueItemCreated(item.Kind, item.Id, currentTenant.Id!.Value));
        db.AuditCreated(Http, item);
        await db.SaveChangesAsync(cancellationToken);
        return new(CatalogueAdminOutcome.Succeeded, toDto(item));
    }

    private CatalogueAdminResult<T> PrefectureRequired<T>() => new(CatalogueAdminOutcome.PrefectureRequired, Message: text["PrefectureRequired"]);

    private async Task<PrefectureRefDto?> CurrentPrefectureAsync(CancellationToken cancellationToken) =>
        currentTenant.Id is { } tenantId && await tenants.FindByIdAsync(tenantId, cancellationToken) is { } tenant
            ? new PrefectureRefDto(tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn)
            : null;

    private CatalogueAdminResult<T> Stale<T>(int currentVersion) =>
        new(CatalogueAdminOutcome.Stale, Message: text["VersionStale", currentVersion], CurrentVersion: currentVersion);

    private CatalogueAdminResult<T> Refusal<T>(BusinessRuleException refused)
    {
        if (refused.Violations.All(v => v.Field is null))
        {
            var first = refused.Violations[0];
            return new(CatalogueAdminOutcome.Refused, Message: text[first.MessageKey, first.Arguments]);
        }

        var errors = new ValidationErrors().AddViolations(refused.Violations.Where(v => v.Field is not null), text);
        return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
    }

    private static ParkRequest ToRequest(ParkInput input, int? version) => new(
        input.Name, input.Kind, input.Level, input.County, input.Address, input.Latitude, input.Longitude,
        input.PlannedAreaMu, input.AvailableLandMu, input.LandPriceWanPerMu, input.PowerPriceYuanPerKwh,
        input.WaterSupply, input.GasSupply, input.Logistics,
        [.. input.Chains], [.. input.NotableEnterprises], input.Description,
        [.. input.Contacts.Select(c => new ContactBody(c.Name, c.Role, c.Phone, c.Email))],
        version);

    private static AdminParkDto ToDto(Park park) => new(
        park.Id, PublicationStatusCodes.Of(park.Status), park.Version, park.HasUnpublishedChanges, park.UpdatedAt, park.PublishedAt,
        new ParkInput(
            park.Name, park.ParkKind, park.Level, park.County, park.Address, park.Latitude, park.Longitude,
            park.PlannedAreaMu, park.AvailableLandMu, park.LandPriceWanPerMu, park.PowerPriceYuanPerKwh,
            park.WaterSupply, park.GasSupply, park.Logistics, park.Chains, park.NotableEnterprises, park.Description,
            [.. park.Contacts.Select(ContactBody.ToDto)]));
}
