using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Http;
using Portal.Identity.Contracts.Administration;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Domain.Enterprises;
using Portal.Inquiries.Domain.Rules;
using Portal.Inquiries.Features.Intake;

namespace Portal.Inquiries.Features.Desk;

/// <summary>The desk's actions on one inquiry or one of its cases.</summary>
internal sealed partial class InquiryDesk
{
    /// <summary>What an action works on: a case (the bureau's inquiry itself before routing), a case when one is named (notes), or the inquiry only.</summary>
    private enum ActsOn
    {
        Case,
        NamedCaseOrInquiry,
        InquiryOnly,
    }

    /// <summary>The inquiry an action works on and, when it works on a case, that case (tracked).</summary>
    private sealed record Target(DeskCaller Caller, Inquiry Inquiry, InquiryCase? Case, DeadlineClock Clock);

    /// <summary>
    /// Finds the inquiry and the case the caller acts on (see <see cref="IInquiryDesk"/>), runs the action under
    /// the case's tenant scope, brings the inquiry's overall stage and next deadline up to date, and saves.
    /// The action returns a failed result to stop; a broken rule becomes a 409 (or 400 for a field).
    /// </summary>
    private async Task<InquiryResult<InquiryDetailDto>> ActAsync(
        ClaimsPrincipal principal, Guid id, string? prefecture, ActsOn actsOn,
        Func<Target, Task<InquiryResult<InquiryDetailDto>?>> action, CancellationToken cancellationToken)
    {
        var caller = DeskCaller.From(principal);
        var inquiry = await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null)
        {
            return NotFound<InquiryDetailDto>();
        }

        InquiryCase? inquiryCase = null;
        if (actsOn == ActsOn.InquiryOnly)
        {
            if (!caller.IsHost && !await db.Cases.AnyAsync(c => c.InquiryId == id, cancellationToken))
            {
                return NotFound<InquiryDetailDto>();
            }
        }
        else if (!caller.IsHost)
        {
            inquiryCase = await db.Cases.FirstOrDefaultAsync(c => c.InquiryId == id, cancellationToken);
            if (inquiryCase is null)
            {
                return NotFound<InquiryDetailDto>(); // never reveal an inquiry routed elsewhere
            }
        }
        else
        {
            var slug = string.IsNullOrWhiteSpace(prefecture) ? currentTenant.Slug : prefecture.Trim().ToLowerInvariant();
            var cases = crossTenant.AcrossTenants(db.Cases, "the bureau acts on a prefecture's case").Where(c => c.InquiryId == id);
            if (slug is not null)
            {
                var tenant = await tenants.FindBySlugAsync(slug, cancellationToken);
                inquiryCase = tenant is null ? null : await cases.FirstOrDefaultAsync(c => c.TenantId == tenant.Id, cancellationToken);
                if (inquiryCase is null)
                {
                    return Conflict<InquiryDetailDto>("NotRoutedTo", slug);
                }
            }
            else if (actsOn == ActsOn.Case)
            {
                var all = await cases.ToListAsync(cancellationToken);
                if (all.Count > 1)
                {
                    return Conflict<InquiryDetailDto>("PrefectureRequired");
                }

                inquiryCase = all.SingleOrDefault();
            }
        }

        var clock = await ClockAsync(cancellationToken);
        using (inquiryCase is null ? currentTenant.Change(null) : currentTenant.Change(inquiryCase.TenantId, inquiryCase.PrefectureSlug))
        {
            try
            {
                if (await action(new Target(caller, inquiry, inquiryCase, clock)) is { } failed)
                {
                    return failed;
                }

                await SyncInquiryAsync(inquiry, inquiryCase, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (BusinessRuleException exception)
            {
                db.ChangeTracker.Clear();
                return Broken<InquiryDetailDto>(exception);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Conflict<InquiryDetailDto>("ChangedMeanwhile");
            }
        }

        return new(InquiryOutcome.Succeeded, await readModel.DetailAsync(caller, inquiry, clock, cancellationToken));
    }

    /// <summary>The overall stage and next deadline of the bureau's inquiry, from every case (the changed one as it is now).</summary>
    private async Task SyncInquiryAsync(Inquiry inquiry, InquiryCase? changed, CancellationToken cancellationToken)
    {
        var others = await crossTenant.AcrossTenants(db.Cases.AsNoTracking(), "the overall stage of the bureau's inquiry")
            .Where(c => c.InquiryId == inquiry.Id)
            .Select(c => new { c.Id, c.Stage, c.NextDueAt })
            .ToListAsync(cancellationToken);
        var tracked = db.ChangeTracker.Entries<InquiryCase>().Select(e => e.Entity).Where(c => c.InquiryId == inquiry.Id).ToList();
        if (changed is not null && !tracked.Contains(changed))
        {
            tracked.Add(changed);
        }

        var current = others.Where(o => tracked.All(t => t.Id != o.Id)).Select(o => (o.Stage, o.NextDueAt))
            .Concat(tracked.Select(t => (t.Stage, t.NextDueAt)))
            .ToList();
        inquiry.DeriveStage([.. current.Select(c => c.Stage)]);
        inquiry.UpdateNextDueAt(current.Select(c => c.NextDueAt));
    }

    private void AddCaseEntry(Target target, string kind, string? stage = null, string? note = null, bool isPublic = false, Dictionary<string, string>? data = null) =>
        db.CaseTimeline.Add(CaseTimelineEntry.Of(target.Case!, target.Clock.Now, kind, target.Caller.Actor, stage, note, isPublic, data));

    private void AddInquiryEntry(Target target, string kind, string? stage = null, string? note = null, bool isPublic = false, Dictionary<string, string>? data = null) =>
        db.InquiryTimeline.Add(InquiryTimelineEntry.Of(target.Inquiry.Id, target.Clock.Now, kind, target.Caller.Actor, stage, note, isPublic, data));

    public Task<InquiryResult<InquiryDetailDto>> ChangeStageAsync(ClaimsPrincipal principal, Guid id, StageChangeInput input, CancellationToken cancellationToken = default) =>
        ActAsync(principal, id, input.Prefecture, ActsOn.Case, target =>
        {
            var errors = new ValidationErrors();
            var stage = input.Stage?.Trim();
            if (string.IsNullOrEmpty(stage))
            {
                errors.Add("stage", text["Required"]);
            }
            else if (!InquiryStages.IsKnown(stage))
            {
                errors.Add("stage", text["UnknownCode", stage, string.Join(", ", InquiryStages.All)]);
            }

            var note = validation.OptionalText(errors, "note", input.Note, InquiryLimits.NoteMaxLength);
            if (errors.HasErrors)
            {
                return Task.FromResult<InquiryResult<InquiryDetailDto>?>(Invalid<InquiryDetailDto>(errors));
            }

            var today = TodayInChina(target.Clock.Now);
            var currentStage = target.Case?.Stage ?? target.Inquiry.Stage;
            var reopening = currentStage == InquiryStages.Closed;
            BusinessRules.Enforce(new MergedInquiryIsReadOnly(target.Inquiry.MergedIntoId));
            if (!reopening && stage == InquiryStages.Landed && target.Case is not null)
            {
                BusinessRules.Enforce(new LandingRequiresSigning(currentStage)); // before the fields: the jump itself is wrong
            }

            Signing? signing = null;
            DateOnly? landedOn = null;
            string? reason = null;
            if (!reopening)
            {
                switch (stage)
                {
                    case InquiryStages.Signed:
                        signing = SigningFrom(input, today, errors);
                        break;
                    case InquiryStages.Landed:
                        landedOn = DateField(errors, "landedOn", input.LandedOn, today, notBefore: target.Case?.SignedOn);
                        break;
                    case InquiryStages.Closed:
                        reason = input.Reason?.Trim();
                        if (string.IsNullOrEmpty(reason))
                        {
                            errors.Add("reason", text["Required"]);
                        }
                        else if (!CloseReasons.IsKnown(reason))
                        {
                            errors.Add("reason", text["UnknownCode", reason, string.Join(", ", CloseReasons.All)]);
                        }

                        break;
                }
            }

            if (errors.HasErrors)
            {
                return Task.FromResult<InquiryResult<InquiryDetailDto>?>(Invalid<InquiryDetailDto>(errors));
            }

            var data = new Dictionary<string, string> { ["from"] = currentStage, ["to"] = stage! };
            if (reason is not null)
            {
                data["reason"] = reason;
            }

            if (signing is not null)
            {
                data["signedOn"] = signing.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                data["agreementAmountWan"] = signing.AgreementAmountWan.ToString(CultureInfo.InvariantCulture);
                data["sector"] = signing.Sector;
                data["industrial"] = signing.Industrial ? "true" : "false";
                data["investorProvince"] = signing.InvestorProvince;
            }

            if (landedOn is { } landed)
            {
                data["landedOn"] = landed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            if (target.Case is { } inquiryCase)
            {
                inquiryCase.ChangeStage(stage!, signing, landedOn, reason, target.Caller.IsHost, target.Clock);
                AddCaseEntry(target, reopening ? TimelineKinds.Reopened : TimelineKinds.StageChanged, stage, note, data: data);
            }
            else
            {
                if (!target.Caller.CanRoute)
                {
                    return Task.FromResult<InquiryResult<InquiryDetailDto>?>(Forbidden<InquiryDetailDto>());
                }

                target.Inquiry.ChangeOwnStage(stage!, reason, byHost: true);
                AddInquiryEntry(target, reopening ? TimelineKinds.Reopened : TimelineKinds.StageChanged, stage, note, data: data);
            }

            db.AddIntegrationEvent(new InquiryStageChanged(target.Inquiry.Id, target.Case?.Id, target.Case?.TenantId, currentStage, stage!));
            var changes = new AuditChanges().Change("stage", currentStage, stage);
            foreach (var (key, value) in data.Where(pair => pair.Key is not ("from" or "to")))
            {
                changes.Set(key, value);
            }

            Audit(target.Caller, "inquiry.stage-changed", target.Inquiry.Id, changes);
            return Task.FromResult<InquiryResult<InquiryDetailDto>?>(null);
        }, cancellationToken);

    private Signing? SigningFrom(StageChangeInput input, DateOnly today, ValidationErrors errors)
    {
        var signedOn = DateField(errors, "signedOn", input.SignedOn, today, notBefore: null);
        var amount = validation.Amount(errors, "agreementAmountWan", input.AgreementAmountWan, required: true, InquiryLimits.MaxAmountWan, positive: true);
        var sector = input.Sector?.Trim();
        if (string.IsNullOrEmpty(sector))
        {
            errors.Add("sector", text["Required"]);
        }
        else if (!Sectors.IsKnown(sector))
        {
            errors.Add("sector", text["UnknownCode", sector, string.Join(", ", Sectors.All)]);
        }

        if (input.Industrial is null)
        {
            errors.Add("industrial", text["Required"]);
        }

        string? province = null;
        if (Provinces.TryParse(input.InvestorProvince, out var found, out var violation))
        {
            province = found.Name;
        }
        else
        {
            errors.Add("investorProvince", EnterpriseMessages.Describe(enterpriseText, violation));
        }

        return errors.HasErrors ? null : new Signing(signedOn!.Value, amount!.Value, sector!, input.Industrial!.Value, province!);
    }

    private DateOnly? DateField(ValidationErrors errors, string field, DateOnly? value, DateOnly today, DateOnly? notBefore)
    {
        if (value is null)
        {
            errors.Add(field, text["Required"]);
            return null;
        }

        if (value > today)
        {
            errors.Add(field, text["DateInFuture"]);
            return null;
        }

        if (notBefore is { } earliest && value < earliest)
        {
            errors.Add(field, text["DateBeforeSigning", earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            return null;
        }

        return value;
    }

    public Task<InquiryResult<InquiryDetailDto>> RecordFundsAsync(ClaimsPrincipal principal, Guid id, FundsInput input, CancellationToken cancellationToken = default) =>
        ActAsync(principal, id, input.Prefecture, ActsOn.Case, target =>
        {
            BusinessRules.Enforce(new FundsRequireSigning(target.Case?.Stage ?? target.Inquiry.Stage));
            var errors = new ValidationErrors();
            var amount = validation.Amount(errors, "amountWan", input.AmountWan, required: true, InquiryLimits.MaxAmountWan, positive: true);
            var receivedOn = DateField(errors, "receivedOn", input.ReceivedOn, TodayInChina(target.Clock.Now), notBefore: target.Case!.SignedOn);
            var note = validation.OptionalText(errors, "note", input.Note, InquiryLimits.NoteMaxLength);
            if (errors.HasErrors)
            {
                return Task.FromResult<InquiryResult<InquiryDetailDto>?>(Invalid<InquiryDetailDto>(errors));
            }

            var tranche = target.Case.AddFunds(amount!.Value, receivedOn!.Value, target.Clock.Now, target.Caller.Actor.Name);
            db.Funds.Add(tranche);
            var received = receivedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            AddCaseEntry(target, TimelineKinds.FundsReceived, target.Case.Stage, note, data: new()
            {
                ["amountWan"] = amount.Value.ToString(CultureInfo.InvariantCulture),
                ["receivedOn"] = received,
            });
            db.AddIntegrationEvent(new InquiryFundsReceived(target.Inquiry.Id, target.Case.Id, target.Case.TenantId!.Value, amount.Value, receivedOn.Value));
            Audit(target.Caller, "inquiry.funds-recorded", target.Inquiry.Id, new AuditChanges().Set("amountWan", amount.Value).Set("receivedOn", received));
            return Task.FromResult<InquiryResult<InquiryDetailDto>?>(null);
        }, cancellationToken);

    public Task<InquiryResult<InquiryDetailDto>> AddNoteAsync(ClaimsPrincipal principal, Guid id, NoteInput input, CancellationToken cancellationToken = default) =>
        ActAsync(principal, id, input.Prefecture, ActsOn.NamedCaseOrInquiry, target =>
        {
            var errors = new ValidationErrors();
            var note = validation.RequiredText(errors, "text", input.Text, InquiryLimits.NoteMaxLength);
            if (errors.HasErrors)
            {
                return Task.FromResult<InquiryResult<InquiryDetailDto>?>(Invalid<InquiryDetailDto>(errors));
            }

            var kind = input.Public ? TimelineKinds.Reply : TimelineKinds.Note;
            if (target.Case is { } inquiryCase)
            {
                inquiryCase.MarkFeedback(target.Clock.Now);
                AddCaseEntry(target, kind, inquiryCase.Stage, note, input.Public);
            }
            else
            {
                AddInquiryEntry(target, kind, target.Inquiry.Stage, note, input.Public);
            }

            Audit(target.Caller, input.Public ? "inquiry.replied" : "inquiry.noted", target.Inquiry.Id, new AuditChanges().Set("public", input.Public));
            return Task.FromResult<InquiryResult<InquiryDetailDto>?>(null);
        }, cancellationToken);

    public Task<InquiryResult<InquiryDetailDto>> SetWaitingAsync(ClaimsPrincipal principal, Guid id, WaitingInput input, CancellationToken cancellationToken = default) =>
        ActAsync(principal, id, input.Prefecture, ActsOn.Case, target =>
        {
            var errors = new ValidationErrors();
            var reason = input.Waiting
                ? validation.RequiredText(errors, "reason", input.Reason, InquiryLimits.ReasonMaxLength)
                : validation.OptionalText(errors, "reason", input.Reason, InquiryLimits.ReasonMaxLength);
            if (errors.HasErrors)
            {
                return Task.FromResult<InquiryResult<InquiryDetailDto>?>(Invalid<InquiryDetailDto>(errors));
            }

            BusinessRules.Enforce(new MergedInquiryIsReadOnly(target.Inquiry.MergedIntoId));
            var waitingNow = target.Case?.Waiting ?? target.Inquiry.Waiting;
            if (waitingNow == input.Waiting)
            {
                return Task.FromResult<InquiryResult<InquiryDetailDto>?>(Conflict<InquiryDetailDto>(input.Waiting ? "AlreadyWaiting" : "NotWaiting"));
            }

            var kind = input.Waiting ? TimelineKinds.WaitingStarted : TimelineKinds.WaitingEnded;
            if (target.Case is { } inquiryCase)
            {
                if (input.Waiting)
                {
                    inquiryCase.StartWaiting(reason!, target.Clock.Now);
                }
                else
                {
                    inquiryCase.StopWaiting(target.Clock);
                }

                AddCaseEntry(target, kind, inquiryCase.Stage, reason);
            }
            else
            {
                BusinessRules.Enforce(new ClosedIsFinal(target.Inquiry.Stage));
                if (input.Waiting)
                {
                    target.Inquiry.StartWaiting(reason!, target.Clock.Now);
                }
                else
                {
                    target.Inquiry.StopWaiting(target.Clock);
                }

                AddInquiryEntry(target, kind, target.Inquiry.Stage, reason);
            }

            Audit(target.Caller, input.Waiting ? "inquiry.waiting-started" : "inquiry.waiting-ended", target.Inquiry.Id, new AuditChanges().Set("reason", reason));
            return Task.FromResult<InquiryResult<InquiryDetailDto>?>(null);
        }, cancellationToken);

    public async Task<InquiryResult<InquiryDetailDto>> AssignOwnerAsync(ClaimsPrincipal principal, Guid id, Guid? ownerUserId, CancellationToken cancellationToken = default)
    {
        if (!DeskCaller.From(principal).CanRoute)
        {
            return Forbidden<InquiryDetailDto>();
        }

        StaffMember? owner = null;
        if (ownerUserId is { } ownerId)
        {
            owner = (await staff.ListHoldersAsync(null, Identity.Contracts.Permissions.InquiriesRoute, cancellationToken)).FirstOrDefault(s => s.Id == ownerId);
            if (owner is null)
            {
                return Invalid<InquiryDetailDto>(new ValidationErrors().Add("ownerId", text["UnknownOwner"]));
            }
        }

        return await ActAsync(principal, id, prefecture: null, ActsOn.InquiryOnly, target =>
        {
            var before = target.Inquiry.OwnerName;
            target.Inquiry.AssignOwner(owner?.Id, owner?.Name);
            AddInquiryEntry(target, TimelineKinds.OwnerAssigned, target.Inquiry.Stage, data: new()
            {
                ["owner"] = owner?.Name ?? "",
                ["ownerId"] = owner?.Id.ToString() ?? "",
            });
            Audit(target.Caller, "inquiry.owner-assigned", target.Inquiry.Id, new AuditChanges().Change("owner", before, owner?.Name));
            return Task.FromResult<InquiryResult<InquiryDetailDto>?>(null);
        }, cancellationToken);
    }
}
