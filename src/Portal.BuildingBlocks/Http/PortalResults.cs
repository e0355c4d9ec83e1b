using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Portal.BuildingBlocks.Http;

/// <summary>Problem answers with a stable machine-readable <c>code</c> beside the localized text.</summary>
public static class PortalResults
{
    public static ProblemHttpResult Problem(int status, string detail, string code) =>
        TypedResults.Problem(statusCode: status, detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult Conflict(string detail, string code) => Problem(StatusCodes.Status409Conflict, detail, code);

    public static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Forbidden(string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: detail);
}
