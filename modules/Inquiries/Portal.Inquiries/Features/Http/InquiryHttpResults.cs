using System.Globalization;
using Microsoft.AspNetCore.Http;
using Portal.BuildingBlocks.Http;
using Portal.Inquiries.Contracts;

namespace Portal.Inquiries.Features.Http;

/// <summary>One mapping of the facades' outcomes to HTTP answers (RFC 9457 problem details for every refusal).</summary>
internal static class InquiryHttpResults
{
    public static IResult From<T>(HttpContext http, InquiryResult<T> result, Func<T, IResult>? ok = null) => result.Outcome switch
    {
        InquiryOutcome.Succeeded => ok is not null ? ok(result.Value!) : TypedResults.Ok(result.Value),
        InquiryOutcome.Invalid => TypedResults.ValidationProblem(result.FieldErrors ?? new Dictionary<string, string[]>()),
        InquiryOutcome.NotFound => PortalResults.NotFound(),
        InquiryOutcome.Conflict => PortalResults.Conflict(result.Message ?? "", result.Code ?? "inquiries.conflict"),
        InquiryOutcome.Forbidden => PortalResults.Forbidden(result.Message),
        InquiryOutcome.IdempotencyKeyReused => PortalResults.Problem(StatusCodes.Status422UnprocessableEntity, result.Message ?? "", "inquiries.idempotency-key-reused"),
        InquiryOutcome.Throttled => Throttled(http, result),
        _ => throw new InvalidOperationException($"Unknown outcome {result.Outcome}"),
    };

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Throttled<T>(HttpContext http, InquiryResult<T> result)
    {
        var seconds = (int)Math.Ceiling((result.RetryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        http.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        return PortalResults.Problem(StatusCodes.Status429TooManyRequests, result.Message ?? "", "inquiries.throttled");
    }
}
