using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Localization;

namespace Portal.Inquiries.Features.Http;

/// <summary>A staff-recorded inquiry: the public body plus where and when it was taken.</summary>
internal sealed record RecordInquiryRequest(
    string? Source, DateOnly? OccurredOn, string? Note,
    string? EnterpriseName, string? CreditCode, string? Province, string? ContactName, string? Mobile, string? Email, string? Chain,
    decimal? InvestmentWan, decimal? LandMu, decimal? PowerKw, IReadOnlyList<string>? Prefectures, IReadOnlyList<Guid>? Parks, string? Message)
{
    public RecordedInquiryInput ToInput() => new(Source, new InquirySubmission(
        EnterpriseName, CreditCode, Province, ContactName, Mobile, Email, Chain, InvestmentWan, LandMu, PowerKw, Prefectures, Parks, Message, Consent: false),
        OccurredOn, Note);
}

internal sealed record OwnerRequest(Guid? OwnerId);

internal sealed record MergeRequest(Guid? DuplicateId);

internal sealed record WaitingRequest(bool? Waiting, string? Reason);

internal sealed record NoteRequest(string? Text, bool? Public);

/// <summary>
/// <c>/api/admin/inquiries…</c>: the bureau's inbox and the prefectures' cases. Case work needs
/// <c>inquiries.work</c>; triage and routing (<c>route</c>, <c>owner</c>, <c>merge</c>, <c>suggestions</c>, <c>owners</c>)
/// need the host-only <c>inquiries.route</c>. A host caller names the prefecture whose case it acts on with <c>X-Tenant</c>.
/// </summary>
internal static class AdminInquiryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var desk = endpoints.MapGroup("/api/admin/inquiries").RequireAuthorization(Permissions.InquiriesWork).WithTags("Inquiries (back office)");
        desk.MapGet("/", ListAsync).WithSummary("The inbox: the bureau sees all, a prefecture what is routed to it");
        desk.MapGet("/{id:guid}", async (Guid id, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.GetAsync(http.User, id, ct))).WithSummary("Details, cases and timeline");
        desk.MapPost("/", async (RecordInquiryRequest? request, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.RecordAsync(http.User, (request ?? Empty).ToInput(), ct),
                detail => TypedResults.Created($"/api/admin/inquiries/{detail.Id}", detail)))
            .WithSummary("Record an inquiry taken at a roadshow, a visit or by phone");
        desk.MapPost("/{id:guid}/stage", async (Guid id, StageChangeInput? request, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.ChangeStageAsync(http.User, id, (request ?? new StageChangeInput(null)) with { Prefecture = null }, ct)))
            .WithSummary("Move a case (or the unrouted inquiry) to a stage");
        desk.MapPost("/{id:guid}/funds", async (Guid id, FundsInput? request, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.RecordFundsAsync(http.User, id, (request ?? new FundsInput(null, null)) with { Prefecture = null }, ct)))
            .WithSummary("Record a tranche of funds in place");
        desk.MapPost("/{id:guid}/notes", async (Guid id, NoteRequest? request, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.AddNoteAsync(http.User, id, new NoteInput(request?.Text, request?.Public == true), ct)))
            .WithSummary("An internal note, or a public reply the enterprise sees");
        desk.MapPost("/{id:guid}/waiting", async (Guid id, WaitingRequest? request, HttpContext http, IInquiryDesk inquiries, IStringLocalizer<InquiryMessages> text, CancellationToken ct) =>
        {
            if (request?.Waiting is { } waiting)
            {
                return InquiryHttpResults.From(http, await inquiries.SetWaitingAsync(http.User, id, new WaitingInput(waiting, request.Reason), ct));
            }

            // Whether the inquiry is there for this caller comes first: another prefecture's stays a 404.
            var visible = await inquiries.GetAsync(http.User, id, ct);
            return visible.Succeeded
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["waiting"] = [text["Required"]] })
                : InquiryHttpResults.From(http, visible);
        })
            .WithSummary("Pause or resume the deadlines while waiting for the enterprise");
        desk.MapGet("/views", async (HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            TypedResults.Ok(await inquiries.ListViewsAsync(http.User, ct))).WithSummary("The caller's saved inbox views");
        desk.MapPost("/views", async (SavedViewInput? request, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.SaveViewAsync(http.User, request ?? new SavedViewInput(null, null), ct),
                view => TypedResults.Created($"/api/admin/inquiries/views/{view.Id}", view)))
            .WithSummary("Save an inbox view (name and query string)");
        desk.MapDelete("/views/{id:guid}", async (Guid id, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.DeleteViewAsync(http.User, id, ct), _ => TypedResults.NoContent()))
            .WithSummary("Delete a saved view");

        var bureau = endpoints.MapGroup("/api/admin/inquiries").RequireAuthorization(Permissions.InquiriesRoute).WithTags("Inquiries (back office)");
        bureau.MapPost("/{id:guid}/route", async (Guid id, RouteInput? request, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.RouteAsync(http.User, id, request ?? new RouteInput(null, null), ct)))
            .WithSummary("Route (or re-route, with a reason) to prefectures");
        bureau.MapGet("/{id:guid}/suggestions", async (Guid id, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.SuggestRoutingAsync(http.User, id, ct)))
            .WithSummary("Prefectures and parks that match, with the reasons");
        bureau.MapPost("/{id:guid}/owner", async (Guid id, OwnerRequest? request, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.AssignOwnerAsync(http.User, id, request?.OwnerId, ct)))
            .WithSummary("Name the bureau's owner of the inquiry");
        bureau.MapPost("/{id:guid}/merge", async (Guid id, MergeRequest? request, HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            InquiryHttpResults.From(http, await inquiries.MergeAsync(http.User, id, request?.DuplicateId ?? Guid.Empty, ct)))
            .WithSummary("Merge a duplicate into this inquiry, keeping both timelines");
        bureau.MapGet("/owners", async (HttpContext http, IInquiryDesk inquiries, CancellationToken ct) =>
            TypedResults.Ok(await inquiries.ListOwnersAsync(http.User, ct))).WithSummary("Bureau staff who may own inquiries");
    }

    private static readonly RecordInquiryRequest Empty = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private static async Task<IResult> ListAsync(
        HttpContext http, IInquiryDesk inquiries, CancellationToken ct,
        [FromQuery] string? stage = null, [FromQuery] string? prefecture = null, [FromQuery] string? chain = null,
        [FromQuery] bool? overdue = null, [FromQuery] bool? dueSoon = null, [FromQuery] string? q = null, [FromQuery] string? owner = null,
        [FromQuery] int page = 1, [FromQuery] int pageSize = 20) =>
        InquiryHttpResults.From(http, await inquiries.ListAsync(http.User, new InquiryQuery(stage, prefecture, chain, overdue, dueSoon, q, owner, page, pageSize), ct));
}
