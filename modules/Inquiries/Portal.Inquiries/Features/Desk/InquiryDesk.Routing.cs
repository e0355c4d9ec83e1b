using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Domain.Rules;
using Portal.Inquiries.Features.Intake;

namespace Portal.Inquiries.Features.Desk;

/// <summary>Recording, routing and merging: the actions that touch several prefectures' cases at once.</summary>
internal sealed partial class InquiryDesk
{
    public async Task<InquiryResult<InquiryDetailDto>> RecordAsync(ClaimsPrincipal principal, RecordedInquiryInput input, CancellationToken cancellationToken = default)
    {
        var caller = DeskCaller.From(principal);
        var errors = new ValidationErrors();
        var source = input.Source?.Trim();
        if (string.IsNullOrEmpty(source))
        {
            errors.Add("source", text["Required"]);
        }
        else if (!InquirySources.Recorded.Contains(source, StringComparer.Ordinal))
        {
            errors.Add("source", text["UnknownCode", source, string.Join(", ", InquirySources.Recorded)]);
        }

        var clock = await ClockAsync(cancellationToken);
        if (input.OccurredOn is { } occurredOn && occurredOn > TodayInChina(clock.Now))
        {
            errors.Add("occurredOn", text["DateInFuture"]);
        }

        var note = validation.OptionalText(errors, "note", input.Note, InquiryLimits.NoteMaxLength);
        var (content, fieldErrors) = await validation.ValidateAsync(input.Inquiry ?? EmptySubmission, recordedByStaff: true, cancellationToken);
        foreach (var (field, messages) in fieldErrors.ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        if (errors.HasErrors || content is null)
        {
            return Invalid<InquiryDetailDto>(errors);
        }

        var now = clock.Now;
        var inquiry = Inquiry.Receive(content, source!, now, clock, idempotencyKey: null, requestHash: null);
        db.Inquiries.Add(inquiry);
        var data = new Dictionary<string, string> { ["source"] = source! };
        if (input.OccurredOn is { } on)
        {
            data["occurredOn"] = on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, now, TimelineKinds.Recorded, caller.Actor, InquiryStages.Received, note, data: data));
        await duplicates.FlagAsync(inquiry, now, caller.Actor, cancellationToken);
        if (inquiry.Email is not null)
        {
            inquiry.MarkAcknowledged(now);
            db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, now, TimelineKinds.Acknowledged, Actor.System,
                data: new Dictionary<string, string> { ["channel"] = "email" }));
            db.AddIntegrationEvent(new InquiryAcknowledgementRequested(inquiry.Id, System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? "en" : "zh-CN"));
        }

        db.AddIntegrationEvent(new InquiryReceived(inquiry.Id, inquiry.TrackingCode, inquiry.Source, now));
        if (!caller.IsHost)
        {
            // A prefecture that met the enterprise itself works the case at once; the bureau still sees it all.
            var tenant = await tenants.FindByIdAsync(caller.TenantId!.Value, cancellationToken);
            var inquiryCase = InquiryCase.Open(inquiry.Id, caller.TenantId.Value, tenant?.Slug ?? currentTenant.Slug ?? "", clock);
            db.Cases.Add(inquiryCase);
            inquiry.MarkRouted(now);
            db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, now, TimelineKinds.Routed, caller.Actor, InquiryStages.Routed));
            inquiry.DeriveStage([inquiryCase.Stage]);
            inquiry.UpdateNextDueAt([inquiryCase.NextDueAt]);
            db.AddIntegrationEvent(new InquiryRouted(inquiry.Id, [caller.TenantId.Value], []));
        }

        Audit(caller, "inquiry.recorded", inquiry.Id, new AuditChanges().Set("source", source).Set("enterpriseName", inquiry.EnterpriseName));
        await db.SaveChangesAsync(cancellationToken);
        return new(InquiryOutcome.Succeeded, await readModel.DetailAsync(caller, inquiry, clock, cancellationToken));
    }

    private static readonly InquirySubmission EmptySubmission = new(null, null, null, null, null, null, null, null, null, null, null, null, null, false);

    public async Task<InquiryResult<InquiryDetailDto>> RouteAsync(ClaimsPrincipal principal, Guid id, RouteInput input, CancellationToken cancellationToken = default)
    {
        var caller = DeskCaller.From(principal);
        if (!caller.CanRoute)
        {
            return Forbidden<InquiryDetailDto>();
        }

        var inquiry = await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return NotFound<InquiryDetailDto>();
        }

        var errors = new ValidationErrors();
        var wanted = new List<TenantInfo>();
        if (input.Prefectures is not { Count: > 0 })
        {
            errors.Add("prefectures", text["Required"]);
        }
        else
        {
            for (var i = 0; i < input.Prefectures.Count; i++)
            {
                var slug = input.Prefectures[i]?.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(slug) || await tenants.FindBySlugAsync(slug, cancellationToken) is not { IsActive: true } tenant)
                {
                    errors.Add($"prefectures[{i}]", text["UnknownPrefecture", input.Prefectures[i] ?? ""]);
                }
                else if (wanted.All(w => w.Id != tenant.Id))
                {
                    wanted.Add(tenant);
                }
            }
        }

        var note = validation.OptionalText(errors, "note", input.Note, InquiryLimits.NoteMaxLength);
        if (errors.HasErrors)
        {
            return Invalid<InquiryDetailDto>(errors);
        }

        var clock = await ClockAsync(cancellationToken);
        var existing = await crossTenant.AcrossTenants(db.Cases, "the bureau routes an inquiry to prefectures")
            .Where(c => c.InquiryId == id).ToListAsync(cancellationToken);
        var withdrawn = existing.Where(c => c.Stage != InquiryStages.Closed && wanted.All(w => w.Id != c.TenantId)).ToList();
        var added = wanted.Where(w => existing.All(c => c.TenantId != w.Id || c.Stage == InquiryStages.Closed)).ToList();
        try
        {
            BusinessRules.Enforce(new MergedInquiryIsReadOnly(inquiry.MergedIntoId));
            if (existing.Count == 0)
            {
                BusinessRules.Enforce(new ClosedIsFinal(inquiry.Stage));
            }

            BusinessRules.Enforce([.. withdrawn.Select(c => new SignedCaseCannotBeWithdrawn(c.Stage, c.PrefectureSlug))]);
        }
        catch (BusinessRuleException exception)
        {
            return Broken<InquiryDetailDto>(exception);
        }

        if (withdrawn.Count > 0 && note is null)
        {
            return Invalid<InquiryDetailDto>(new ValidationErrors().Add("note", text["RerouteNeedsReason"]));
        }

        if (added.Count == 0 && withdrawn.Count == 0)
        {
            return Conflict<InquiryDetailDto>("AlreadyRouted");
        }

        var rerouting = existing.Count > 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cases = new List<InquiryCase>(existing);
        foreach (var tenant in added)
        {
            using (currentTenant.Change(tenant.Id, tenant.Slug))
            {
                var inquiryCase = existing.FirstOrDefault(c => c.TenantId == tenant.Id);
                if (inquiryCase is null)
                {
                    inquiryCase = InquiryCase.Open(inquiry.Id, tenant.Id, tenant.Slug, clock);
                    db.Cases.Add(inquiryCase);
                    cases.Add(inquiryCase);
                }
                else
                {
                    inquiryCase.Reroute(clock);
                }

                db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, clock.Now, TimelineKinds.Routed, caller.Actor, InquiryStages.Routed));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        foreach (var inquiryCase in withdrawn)
        {
            using (currentTenant.Change(inquiryCase.TenantId, inquiryCase.PrefectureSlug))
            {
                inquiryCase.Withdraw();
                db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, clock.Now, TimelineKinds.Rerouted, caller.Actor, InquiryStages.Closed, note));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        using (currentTenant.Change(null))
        {
            inquiry.MarkRouted(clock.Now);
            inquiry.DeriveStage([.. cases.Select(c => c.Stage)]);
            inquiry.UpdateNextDueAt(cases.Select(c => c.NextDueAt));
            db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, clock.Now, rerouting ? TimelineKinds.Rerouted : TimelineKinds.Routed, caller.Actor,
                inquiry.Stage, note, data: new Dictionary<string, string>
                {
                    ["prefectures"] = string.Join(",", wanted.Select(w => w.Slug)),
                    ["added"] = string.Join(",", added.Select(w => w.Slug)),
                    ["withdrawn"] = string.Join(",", withdrawn.Select(c => c.PrefectureSlug)),
                }));
            db.AddIntegrationEvent(new InquiryRouted(inquiry.Id, [.. added.Select(t => t.Id)], [.. withdrawn.Select(c => c.TenantId!.Value)]));
            Audit(caller, rerouting ? "inquiry.rerouted" : "inquiry.routed", inquiry.Id, new AuditChanges()
                .Set("prefectures", string.Join(",", wanted.Select(w => w.Slug)))
                .Set("withdrawn", withdrawn.Count > 0 ? string.Join(",", withdrawn.Select(c => c.PrefectureSlug)) : null));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Conflict<InquiryDetailDto>("ChangedMeanwhile");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new(InquiryOutcome.Succeeded, await readModel.DetailAsync(caller, inquiry, clock, cancellationToken));
    }

    public async Task<InquiryResult<InquiryDetailDto>> MergeAsync(ClaimsPrincipal principal, Guid id, Guid duplicateId, CancellationToken cancellationToken = default)
    {
        var caller = DeskCaller.From(principal);
        if (!caller.CanRoute)
        {
            return Forbidden<InquiryDetailDto>();
        }

        var survivor = await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (survivor is null)
        {
            return NotFound<InquiryDetailDto>();
        }

        if (duplicateId == Guid.Empty || duplicateId == id)
        {
            return Invalid<InquiryDetailDto>(new ValidationErrors().Add("duplicateId", text["MergeNeedsAnother"]));
        }

        var duplicate = await db.Inquiries.FirstOrDefaultAsync(i => i.Id == duplicateId, cancellationToken);
        if (duplicate is null)
        {
            return Invalid<InquiryDetailDto>(new ValidationErrors().Add("duplicateId", text["UnknownInquiry"]));
        }

        var duplicateCases = await crossTenant.AcrossTenants(db.Cases, "the bureau merges a duplicate inquiry")
            .Where(c => c.InquiryId == duplicateId).ToListAsync(cancellationToken);
        try
        {
            BusinessRules.Enforce(new MergedInquiryIsReadOnly(survivor.MergedIntoId), new MergedInquiryIsReadOnly(duplicate.MergedIntoId));
            BusinessRules.Enforce([.. duplicateCases.Select(c => new SignedCaseCannotBeWithdrawn(c.Stage, c.PrefectureSlug))]);
        }
        catch (BusinessRuleException exception)
        {
            return Broken<InquiryDetailDto>(exception);
        }

        var clock = await ClockAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var inquiryCase in duplicateCases.Where(c => c.Stage != InquiryStages.Closed))
        {
            using (currentTenant.Change(inquiryCase.TenantId, inquiryCase.PrefectureSlug))
            {
                inquiryCase.ChangeStage(InquiryStages.Closed, null, null, CloseReasons.Duplicate, byHost: true, clock);
                db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, clock.Now, TimelineKinds.Merged, caller.Actor, InquiryStages.Closed,
                    data: new Dictionary<string, string> { ["into"] = survivor.TrackingCode }));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        using (currentTenant.Change(null))
        {
            duplicate.MergeInto(survivor.Id);
            db.InquiryTimeline.Add(InquiryTimelineEntry.Of(duplicate.Id, clock.Now, TimelineKinds.Merged, caller.Actor, InquiryStages.Closed,
                data: new Dictionary<string, string> { ["into"] = survivor.TrackingCode }));
            db.InquiryTimeline.Add(InquiryTimelineEntry.Of(survivor.Id, clock.Now, TimelineKinds.Merged, caller.Actor, survivor.Stage,
                data: new Dictionary<string, string> { ["duplicate"] = duplicate.TrackingCode }));
            db.AddIntegrationEvent(new InquiryMerged(survivor.Id, duplicate.Id));
            Audit(caller, "inquiry.merged", survivor.Id, new AuditChanges().Set("duplicate", duplicate.TrackingCode));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Conflict<InquiryDetailDto>("ChangedMeanwhile");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new(InquiryOutcome.Succeeded, await readModel.DetailAsync(caller, survivor, clock, cancellationToken));
    }

    public async Task<IReadOnlyList<SavedViewDto>> ListViewsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var owner = DeskCaller.From(principal).OwnerKey;
        return await db.SavedViews.AsNoTracking().Where(v => v.OwnerKey == owner).OrderBy(v => v.Name)
            .Select(v => new SavedViewDto(v.Id, v.Name, v.Query)).ToListAsync(cancellationToken);
    }

    public async Task<InquiryResult<SavedViewDto>> SaveViewAsync(ClaimsPrincipal principal, SavedViewInput input, CancellationToken cancellationToken = default)
    {
        var owner = DeskCaller.From(principal).OwnerKey;
        var errors = new ValidationErrors();
        var name = validation.RequiredText(errors, "name", input.Name, InquiryLimits.ViewNameMaxLength);
        var query = InquiryQuery.Parse(input.Query).ToQueryString();
        if (query.Length > InquiryLimits.ViewQueryMaxLength)
        {
            errors.Add("query", text["TooLong", InquiryLimits.ViewQueryMaxLength]);
        }

        if (errors.HasErrors)
        {
            return new(InquiryOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var view = await db.SavedViews.FirstOrDefaultAsync(v => v.OwnerKey == owner && v.Name == name, cancellationToken);
        if (view is null)
        {
            view = new SavedView { OwnerKey = owner, Name = name };
            db.SavedViews.Add(view);
        }

        view.Query = query;
        view.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new(InquiryOutcome.Succeeded, new SavedViewDto(view.Id, view.Name, view.Query));
    }

    public async Task<InquiryResult<bool>> DeleteViewAsync(ClaimsPrincipal principal, Guid viewId, CancellationToken cancellationToken = default)
    {
        var owner = DeskCaller.From(principal).OwnerKey;
        var deleted = await db.SavedViews.Where(v => v.Id == viewId && v.OwnerKey == owner).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? NotFound<bool>() : new(InquiryOutcome.Succeeded, true);
    }
}
