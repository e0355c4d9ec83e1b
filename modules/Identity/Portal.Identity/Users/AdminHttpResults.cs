using Microsoft.AspNetCore.Http;
using Portal.BuildingBlocks.Http;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Users;

/// <summary>Turns an <see cref="AdminResult{T}"/> into the HTTP answer: problem details for every refusal.</summary>
internal static class AdminHttpResults
{
    public static IResult ToHttp<T>(this AdminResult<T> result, Func<T, string>? location = null) => result.Status switch
    {
        AdminStatus.Ok => result.Value is null ? TypedResults.NoContent() : TypedResults.Ok(result.Value),
        AdminStatus.Created => TypedResults.Created(location?.Invoke(result.Value!), result.Value),
        AdminStatus.NotFound => PortalResults.NotFound(),
        AdminStatus.Invalid when result.Errors is { Count: > 0 } errors => TypedResults.ValidationProblem(errors, detail: result.Detail),
        AdminStatus.Invalid => PortalResults.Problem(StatusCodes.Status400BadRequest, result.Detail ?? "", result.Code ?? "validation"),
        AdminStatus.Forbidden => PortalResults.Problem(StatusCodes.Status403Forbidden, result.Detail ?? "", result.Code ?? "forbidden"),
        AdminStatus.Conflict => PortalResults.Conflict(result.Detail ?? "", result.Code ?? "conflict"),
        _ => throw new InvalidOperationException($"Unexpected status {result.Status}."),
    };
}
