using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.BuildingBlocks.Http;
using Portal.Inquiries.Contracts;

namespace Portal.Inquiries.Features.Http;

/// <summary>The public inquiry body (API.md), plus the optional hidden <c>website</c> field of the form (a honeypot).</summary>
internal sealed record InquiryRequest(
    string? EnterpriseName, string? CreditCode, string? Province, string? ContactName, string? Mobile, string? Email, string? Chain,
    decimal? InvestmentWan, decimal? LandMu, decimal? PowerKw, IReadOnlyList<string>? Prefectures, IReadOnlyList<Guid>? Parks,
    string? Message, bool? Consent, string? Website = null)
{
    public InquirySubmission ToSubmission() => new(
        EnterpriseName, CreditCode, Province, ContactName, Mobile, Email, Chain, InvestmentWan, LandMu, PowerKw, Prefectures, Parks,
        Message, Consent == true);
}

/// <summary><c>POST /api/inquiries</c> and <c>GET /api/inquiries/track</c>: the enterprise's side, anonymous.</summary>
internal static class PublicInquiryEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/inquiries").WithTags("Inquiries");
        group.MapPost("/", SubmitAsync).AllowAnonymous().WithSummary("Send an investment inquiry; honours Idempotency-Key");
        group.MapGet("/track", TrackAsync).AllowAnonymous().WithSummary("Follow an inquiry with its tracking code and email");
    }

    private static async Task<IResult> SubmitAsync(
        InquiryRequest? request, HttpContext http, IInquiryIntake intake, CancellationToken cancellationToken)
    {
        var context = new IntakeContext(
            http.Connection.RemoteIpAddress?.ToString(),
            http.Request.Headers[IdempotencyHeader].ToString(),
            request?.Website,
            FormToken: null,
            Culture: System.Globalization.CultureInfo.CurrentUICulture.Name);
        var submission = (request ?? new InquiryRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null)).ToSubmission();
        var result = await intake.SubmitAsync(submission, context, cancellationToken);
        return InquiryHttpResults.From(http, result, submitted =>
            TypedResults.Created($"/api/inquiries/track?code={Uri.EscapeDataString(submitted.TrackingCode)}", submitted));
    }

    private static async Task<IResult> TrackAsync(
        [FromQuery] string? code, [FromQuery] string? email, IInquiryIntake intake, CancellationToken cancellationToken) =>
        await intake.TrackAsync(code, email, cancellationToken) is { } tracked ? TypedResults.Ok(tracked) : PortalResults.NotFound();
}
