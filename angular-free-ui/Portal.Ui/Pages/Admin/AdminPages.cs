using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Portal.Identity.Contracts;
using Portal.Identity.Contracts.Accounts;

namespace Portal.Ui.Pages.Admin;

/// <summary>
/// Who may open the back office: everything under <c>/admin</c> needs a signed-in person (the cookie; an
/// anonymous visitor is sent to <c>/account/login</c>), and each area its permission (without it: 403). The
/// account pages that change one's own password or second factor need a signed-in person too.
/// </summary>
internal static class AdminPages
{
    public const string BackOfficePolicy = "back-office";

    public static IServiceCollection AddAdminPages(this IServiceCollection services)
    {
        // Pages are for people: only the back office's cookie counts there. A machine client's bearer token,
        // which the portal's default scheme would accept, is not a way into them (it gets the login page).
        services.AddAuthorizationBuilder().AddPolicy(BackOfficePolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());

        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", BackOfficePolicy);
            options.Conventions.AuthorizeFolder("/Admin/Users", Permissions.UsersManage);
            options.Conventions.AuthorizeFolder("/Admin/Roles", Permissions.UsersManage);
            options.Conventions.AuthorizeFolder("/Admin/Catalogue", Permissions.CatalogueManage);
            options.Conventions.AuthorizeFolder("/Admin/Clients", Permissions.ClientsManage);
            options.Conventions.AddPageRoute("/Admin/Roles/Edit", "admin/roles/new");
            options.Conventions.AuthorizePage("/Account/ChangePassword", BackOfficePolicy);
            options.Conventions.AuthorizePage("/Account/TwoFactor", BackOfficePolicy);
            options.Conventions.AddFolderApplicationModelConvention("/Admin", model => model.Filters.Add(new RequireTwoFactorFilter()));
        });
        return services;
    }
}

/// <summary>
/// With <c>Portal:Security:RequireTwoFactorForHostAdmins</c>, a host admin without an authenticator gets no
/// back-office page but the one that sets it up.
/// </summary>
internal sealed class RequireTwoFactorFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IAccountService>();
        if (context.HttpContext.User.Identity?.IsAuthenticated == true
            && await accounts.CurrentAsync(context.HttpContext.RequestAborted) is { MustEnableTwoFactor: true })
        {
            context.Result = new RedirectResult("/account/two-factor?required=true");
            return;
        }

        await next();
    }
}
