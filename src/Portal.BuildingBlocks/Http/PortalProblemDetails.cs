using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Localization;
using Portal.BuildingBlocks.Persistence;

namespace Portal.BuildingBlocks.Http;

/// <summary>
/// Every error leaves as RFC 9457 problem details with a localized title, a trace id and, for
/// field errors, an <c>errors</c> map. No exception text or stack trace ever reaches a client.
/// </summary>
public static class PortalProblemDetails
{
    public static IServiceCollection AddPortalProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Customize);
        services.AddExceptionHandler<PortalExceptionHandler>();

        // Model-binding failures (malformed JSON, wrong types) throw instead of answering an
        // empty 400, so that the exception handler can say what was wrong.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UsePortalProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    private static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedMessages>>();
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Status = status;
        problem.Title = problem is HttpValidationProblemDetails { Errors.Count: > 0 }
            ? localizer["ValidationTitle"].Value
            : TitleFor(status, localizer);
        problem.Detail ??= DefaultDetail(status, localizer);
        problem.Instance ??= http.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
    }

    private static string TitleFor(int status, IStringLocalizer localizer)
    {
        var title = localizer[$"Title{status}"];
        return title.ResourceNotFound ? localizer["TitleDefault"] : title.Value;
    }

    private static string? DefaultDetail(int status, IStringLocalizer localizer) => DefaultDetailKey(status) is { } key
        ? localizer[key].Value
        : null;

    private static string? DefaultDetailKey(int status) => status switch
    {
        400 => "DetailBadRequest",
        401 => "DetailUnauthorized",
        403 => "DetailForbidden",
        404 => "DetailNotFound",
        405 => "DetailMethodNotAllowed",
        413 => "DetailBodyTooLarge",
        415 => "DetailUnsupportedMediaType",
        >= 500 => "DetailUnexpected",
        _ => null,
    };
}

internal sealed class PortalExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<SharedMessages> localizer,
    ILogger<PortalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("Request refused with {Status}: {Reason}", problem.Status, exception.Message);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } bad => InvalidJson(bad.StatusCode, json),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            new ProblemDetails { Status = 413, Detail = localizer["DetailBodyTooLarge"] },
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } =>
            new ProblemDetails { Status = 415, Detail = localizer["DetailUnsupportedMediaType"] },
        BadHttpRequestException bad when bad.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase) =>
            new ProblemDetails { Status = bad.StatusCode, Detail = localizer["DetailInvalidJson"] },
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Detail = localizer["DetailBadRequest"] },
        JsonException json => InvalidJson(400, json),

        // Another tenant's row: answer as if it did not exist, never reveal it.
        CrossTenantWriteException => new ProblemDetails { Status = 404 },
        DbUpdateConcurrencyException => new ProblemDetails { Status = 409, Detail = localizer["DetailConcurrency"] },
        OperationCanceledException => new ProblemDetails { Status = 499 },
        _ => new ProblemDetails { Status = 500 },
    };

    private ProblemDetails InvalidJson(int status, JsonException json)
    {
        if (string.IsNullOrEmpty(json.Path) || json.Path == "$")
        {
            return new ProblemDetails { Status = status, Detail = localizer["DetailInvalidJson"] };
        }

        var field = JsonPathToField(json.Path);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [localizer["DetailInvalidJsonAt", field]],
        })
        {
            Status = status,
            Detail = localizer["DetailInvalidJson"],
        };
    }

    // "$.chains[2]" → "chains[2]": the same name the client sent.
    private static string JsonPathToField(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
