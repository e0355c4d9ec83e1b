using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Features;
using Portal.Catalogue.Features.Policies;
using Portal.Catalogue.Features.Projects;

namespace Portal.Catalogue.Administration;

/// <summary>Policies and projects in the back office: the admin API's requests, validation and rules, as for parks.</summary>
internal sealed partial class CatalogueAdministration
{
    public async Task<CatalogueAdminResult<IReadOnlyList<ParkRefDto>>> ListParkChoicesAsync(CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<IReadOnlyList<ParkRefDto>>();
        }

        var parks = await db.Parks.AsNoTracking()
            .Where(p => p.Status != PublicationStatus.Archived)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken);
        return new(CatalogueAdminOutcome.Succeeded, [.. parks.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new ParkRefDto(p.Id, p.Name))]);
    }

    public async Task<CatalogueAdminResult<CatalogueAdminPage<AdminPolicySummaryDto>>> ListPoliciesAsync(
        CatalogueAdminQuery query, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<CatalogueAdminPage<AdminPolicySummaryDto>>();
        }

        var list = new ListQuery(query.Status, query.Q, query.Chain, query.Page, query.PageSize);
        var errors = list.Validate(text);
        if (errors.HasErrors)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var today = ChinaCalendar.Today(clock);
        var policies = db.Policies.AsNoTracking();
        if (list.StatusFilter() is { } status)
        {
            policies = policies.Where(p => p.Status == status);
        }

        if (list.TextFilter() is { } q)
        {
            policies = policies.Where(p => p.Title.Contains(q) || p.Issuer.Contains(q) || (p.DocumentNumber != null && p.DocumentNumber.Contains(q)));
        }

        if (list.ChainFilter() is { } chain)
        {
            policies = policies.Where(p => p.Chains.Contains(chain));
        }

        policies = query.Expired switch
        {
            true => policies.Where(p => p.EffectiveTo != null && p.EffectiveTo < today),
            false => policies.Where(p => p.EffectiveTo == null || p.EffectiveTo >= today),
            null => policies,
        };

        var total = await policies.CountAsync(cancellationToken);
        var rows = await policies
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip(list.Skip()).Take(list.Size())
            .Select(p => new
            {
                p.Id, p.Title, p.Issuer, p.DocumentNumber, p.Level, p.Chains, p.EffectiveFrom, p.EffectiveTo,
                p.Status, p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(p => new AdminPolicySummaryDto(
            p.Id, p.Title, p.Issuer, p.DocumentNumber, p.Level, p.Chains, p.EffectiveFrom, p.EffectiveTo, p.EffectiveTo < today,
            PublicationStatusCodes.Of(p.Status), p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt)).ToList();
        return new(CatalogueAdminOutcome.Succeeded, new CatalogueAdminPage<AdminPolicySummaryDto>(total, list.PageNumber(), list.Size(), items));
    }

    public async Task<CatalogueAdminResult<AdminPolicyDto>> GetPolicyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<AdminPolicyDto>();
        }

        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return policy is null ? new(CatalogueAdminOutcome.NotFound) : new(CatalogueAdminOutcome.Succeeded, ToDto(policy));
    }

    public async Task<CatalogueAdminResult<PublishedPolicyDto>> PreviewPolicyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<PublishedPolicyDto>();
        }

        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null || await CurrentPrefectureAsync(cancellationToken) is not { } prefecture)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        // As the public page will show it: only the named parks that the public can see.
        var content = policy.Content;
        var parks = await db.Parks.AsNoTracking()
            .Where(p => content.ParkIds.Contains(p.Id) && p.Status == PublicationStatus.Published)
            .Select(p => new { p.Id, p.PublishedSnapshot })
            .ToListAsync(cancellationToken);
        var refs = parks.Select(p => new ParkRefDto(p.Id, ContentJson.Read<ParkContent>(p.PublishedSnapshot!).Name)).ToList();
        var dto = new PublishedPolicyDto(
            policy.Id, prefecture, content.Title, content.Issuer, content.DocumentNumber, content.Level, content.Chains, refs,
            content.IncentiveKinds, content.EffectiveFrom, content.EffectiveTo, content.IsExpiredOn(ChinaCalendar.Today(clock)),
            content.Body, policy.UpdatedAt)
        {
            Attachments = await AdminMediaAsPublishedAsync(CatalogueItemKinds.Policy, policy.Id, cancellationToken),
        };
        return new(CatalogueAdminOutcome.Succeeded, dto);
    }

    public async Task<CatalogueAdminResult<AdminPolicyDto>> CreatePolicyAsync(PolicyInput input, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<AdminPolicyDto>();
        }

        var (content, errors) = await PreparePolicyAsync(input, null, cancellationToken);
        if (errors.HasErrors)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        try
        {
            return await AddAsync<IncentivePolicy, PolicyContent, AdminPolicyDto>(
                db.Policies, IncentivePolicy.Create(content, clock.GetUtcNow()), ToDto, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request took the same document number between the check and the insert.
            db.ChangeTracker.Clear();
            var (_, raced) = await PreparePolicyAsync(input, null, CancellationToken.None);
            if (raced.HasErrors)
            {
                return new(CatalogueAdminOutcome.Invalid, FieldErrors: raced.ToDictionary());
            }

            throw;
        }
    }

    public async Task<CatalogueAdminResult<AdminPolicyDto>> UpdatePolicyAsync(
        Guid id, int version, PolicyInput input, CancellationToken cancellationToken = default)
    {
        try
        {
            return await EditAsync<IncentivePolicy, PolicyContent, AdminPolicyDto>(
                db.Policies,
                id,
                version,
                async policy => await PreparePolicyAsync(input, policy.Id, cancellationToken),
                ToDto,
                cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request took the same document number between the check and the update.
            db.ChangeTracker.Clear();
            var (_, raced) = await PreparePolicyAsync(input, id, CancellationToken.None);
            if (raced.HasErrors)
            {
                return new(CatalogueAdminOutcome.Invalid, FieldErrors: raced.ToDictionary());
            }

            throw;
        }
    }

    public Task<CatalogueAdminResult<bool>> ChangePolicyAsync(Guid id, string action, CancellationToken cancellationToken = default) =>
        ChangeAsync<IncentivePolicy, PolicyContent>(db.Policies, id, action, null, cancellationToken);

    public async Task<CatalogueAdminResult<CatalogueAdminPage<AdminProjectSummaryDto>>> ListProjectsAsync(
        CatalogueAdminQuery query, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<CatalogueAdminPage<AdminProjectSummaryDto>>();
        }

        var list = new ListQuery(query.Status, query.Q, query.Chain, query.Page, query.PageSize);
        var errors = list.Validate(text);
        if (errors.HasErrors)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var projects = db.Projects.AsNoTracking();
        if (list.StatusFilter() is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (list.TextFilter() is { } q)
        {
            projects = projects.Where(p => p.Name.Contains(q));
        }

        if (list.ChainFilter() is { } chain)
        {
            projects = projects.Where(p => p.Chain == chain);
        }

        var total = await projects.CountAsync(cancellationToken);
        var rows = await projects
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip(list.Skip()).Take(list.Size())
            .Select(p => new
            {
                p.Id, p.Name, p.Chain, p.ParkId, p.InvestmentWan, p.CooperationMode,
                p.Status, p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(p => new AdminProjectSummaryDto(
            p.Id, p.Name, p.Chain, p.ParkId, p.InvestmentWan, p.CooperationMode,
            PublicationStatusCodes.Of(p.Status), p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt)).ToList();
        return new(CatalogueAdminOutcome.Succeeded, new CatalogueAdminPage<AdminProjectSummaryDto>(total, list.PageNumber(), list.Size(), items));
    }

    public async Task<CatalogueAdminResult<AdminProjectDto>> GetProjectAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<AdminProjectDto>();
        }

        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return project is null ? new(CatalogueAdminOutcome.NotFound) : new(CatalogueAdminOutcome.Succeeded, ToDto(project));
    }

    public async Task<CatalogueAdminResult<PublishedProjectDto>> PreviewProjectAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<PublishedProjectDto>();
        }

        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null || await CurrentPrefectureAsync(cancellationToken) is not { } prefecture)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        var content = project.Content;
        ParkRefDto? park = null;
        if (content.ParkId is { } parkId
            && await db.Parks.AsNoTracking()
                .Where(p => p.Id == parkId && p.Status == PublicationStatus.Published)
                .Select(p => p.PublishedSnapshot)
                .FirstOrDefaultAsync(cancellationToken) is { } snapshot)
        {
            park = new ParkRefDto(parkId, ContentJson.Read<ParkContent>(snapshot).Name);
        }

        var dto = new PublishedProjectDto(
            project.Id, prefecture, content.Name, content.Chain, park, content.InvestmentWan, content.CooperationMode, content.Description,
            content.Contact is { } contact ? ContactBody.ToDto(contact) : null, project.UpdatedAt)
        {
            Photos = await AdminMediaAsPublishedAsync(CatalogueItemKinds.Project, project.Id, cancellationToken),
        };
        return new(CatalogueAdminOutcome.Succeeded, dto);
    }

    public async Task<CatalogueAdminResult<AdminProjectDto>> CreateProjectAsync(ProjectInput input, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<AdminProjectDto>();
        }

        var content = ToRequest(input).ToContent(sanitizer);
        var errors = await ProjectValidation.ValidateAsync(content, db, text, cancellationToken);
        if (errors.HasErrors)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        return await AddAsync<InvestmentProject, ProjectContent, AdminProjectDto>(
            db.Projects, InvestmentProject.Create(content, clock.GetUtcNow()), ToDto, cancellationToken);
    }

    public Task<CatalogueAdminResult<AdminProjectDto>> UpdateProjectAsync(
        Guid id, int version, ProjectInput input, CancellationToken cancellationToken = default) =>
        EditAsync<InvestmentProject, ProjectContent, AdminProjectDto>(
            db.Projects,
            id,
            version,
            async _ =>
            {
                var content = ToRequest(input).ToContent(sanitizer);
                return (content, await ProjectValidation.ValidateAsync(content, db, text, cancellationToken));
            },
            ToDto,
            cancellationToken);

    public Task<CatalogueAdminResult<bool>> ChangeProjectAsync(Guid id, string action, CancellationToken cancellationToken = default) =>
        ChangeAsync<InvestmentProject, ProjectContent>(db.Projects, id, action, null, cancellationToken);

    /// <summary>The API's checks for a policy, the document number's uniqueness per issuer as a field error.</summary>
    private async Task<(PolicyContent Content, ValidationErrors Errors)> PreparePolicyAsync(
        PolicyInput input, Guid? policyId, CancellationToken cancellationToken)
    {
        var request = new PolicyRequest(
            input.Title, input.Issuer, input.DocumentNumber, input.Level, [.. input.Chains], [.. input.Parks.Select(id => (Guid?)id)],
            [.. input.IncentiveKinds], input.EffectiveFrom, input.EffectiveTo, input.Body, Version: null);
        var content = request.ToContent(sanitizer);
        var errors = await PolicyValidation.ValidateAsync(request, content, db, text, cancellationToken);
        if (!errors.HasErrors)
        {
            var unique = await ReferenceChecks.DocumentNumberMustBeUniqueAsync(db, content.Issuer, content.DocumentNumber, policyId, cancellationToken);
            errors.AddViolations(BusinessRules.Broken([unique]), text);
        }

        return (content, errors);
    }

    private AdminPolicyDto ToDto(IncentivePolicy policy) => new(
        policy.Id, PublicationStatusCodes.Of(policy.Status), policy.Version, policy.HasUnpublishedChanges, policy.UpdatedAt, policy.PublishedAt,
        policy.Content.IsExpiredOn(ChinaCalendar.Today(clock)),
        new PolicyInput(
            policy.Title, policy.Issuer, policy.DocumentNumber, policy.Level, policy.Chains, policy.ParkIds, policy.IncentiveKinds,
            policy.EffectiveFrom, policy.EffectiveTo, policy.Body));

    private static ProjectRequest ToRequest(ProjectInput input) => new(
        input.Name, input.Chain, input.Park, input.InvestmentWan, input.CooperationMode, input.Description,
        input.Contact is { } contact ? new ContactBody(contact.Name, contact.Role, contact.Phone, contact.Email) : null,
        Version: null);

    private static AdminProjectDto ToDto(InvestmentProject project) => new(
        project.Id, PublicationStatusCodes.Of(project.Status), project.Version, project.HasUnpublishedChanges, project.UpdatedAt, project.PublishedAt,
        new ProjectInput(
            project.Name, project.Chain, project.ParkId, project.InvestmentWan, project.CooperationMode, project.Description,
            project.Contact is { } contact ? ContactBody.ToDto(contact) : null));
}
