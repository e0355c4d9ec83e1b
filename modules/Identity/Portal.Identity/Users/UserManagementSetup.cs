using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Mail;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Outbox;
using Portal.Identity.Account;
using Portal.Identity.Account.Mail;
using Portal.Identity.Contracts;
using Portal.Identity.Contracts.Accounts;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Domain;
using Portal.Identity.Roles;
using Portal.Identity.Roles.Features.CreateRole;
using Portal.Identity.Roles.Features.DeleteRole;
using Portal.Identity.Roles.Features.GetRole;
using Portal.Identity.Roles.Features.ListRoles;
using Portal.Identity.Roles.Features.UpdateRole;
using Portal.Identity.Users.Features.CreateUser;
using Portal.Identity.Users.Features.DisableUser;
using Portal.Identity.Users.Features.FirstPrefectureAdmin;
using Portal.Identity.Users.Features.GetUser;
using Portal.Identity.Users.Features.ListUsers;
using Portal.Identity.Users.Features.ResetUserPassword;
using Portal.Identity.Users.Features.UpdateUser;
using Portal.Tenancy.Contracts;

namespace Portal.Identity.Users;

/// <summary>
/// People: users and roles, the back office's cookie sign-in and its password flows, mail. Registered after
/// <c>AddPortalAuthentication</c>, whose Identity and cookie set-up this refines (registration order is the
/// order options are configured in, so these settings win).
/// </summary>
internal static class UserManagementSetup
{
    public static IServiceCollection AddUserManagement(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.SectionName));
        services.AddPortalMail(configuration);
        services.AddHttpContextAccessor();

        services.Configure<IdentityOptions>(options =>
        {
            // At least 10 characters of at least three classes (CharacterClassesPasswordValidator).
            options.Password.RequiredLength = 10;
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
            options.Password.RequiredUniqueChars = 4;
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.User.RequireUniqueEmail = true;
            options.SignIn.RequireConfirmedAccount = false;
        });
        services.AddScoped<IPasswordValidator<PortalUser>, CharacterClassesPasswordValidator>();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrors>();

        // Cookie sessions are checked against the user's security stamp this often: a disabled user or a
        // changed password ends other sessions within the interval. The check also re-reads roles.
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<AccountOptions>>((stamp, account) => stamp.ValidationInterval = account.Value.SessionValidationInterval);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.ReturnUrlParameter = "ReturnUrl";
            cookie.SlidingExpiration = true;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Last registration wins: the portal's claims (permissions, tenant) and its sign-in rules (disabled users).
        services.AddScoped<IUserClaimsPrincipalFactory<PortalUser>, PortalClaimsFactory>();
        services.AddScoped<PortalSignInManager>();
        services.AddScoped<SignInManager<PortalUser>>(provider => provider.GetRequiredService<PortalSignInManager>());

        services.AddScoped<IdentityAudit>();
        services.AddScoped<AccountService>();
        services.AddScoped<IAccountService>(provider => provider.GetRequiredService<AccountService>());
        services.AddScoped<UserAdministration>();
        services.AddScoped<IUserAdministration>(provider => provider.GetRequiredService<UserAdministration>());
        services.AddScoped<IStaffDirectory, StaffDirectory>();

        services.AddIntegrationEventHandler<AccountMailRequested, AccountMailHandler>();
        services.AddIntegrationEventHandler<TenantCreated, CreateFirstAdminOnTenantCreated>();
        services.AddSingleton<IDataSeeder, DefaultRoleSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapUserManagement(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/admin/users").RequireAuthorization(Permissions.UsersManage).WithTags("Users");
        ListUsersEndpoint.Map(users);
        GetUserEndpoint.Map(users);
        CreateUserEndpoint.Map(users);
        UpdateUserEndpoint.Map(users);
        DisableUserEndpoint.Map(users);
        ResetUserPasswordEndpoint.Map(users);

        var roles = endpoints.MapGroup("/api/admin/roles").RequireAuthorization(Permissions.UsersManage).WithTags("Roles");
        ListRolesEndpoint.Map(roles);
        GetRoleEndpoint.Map(roles);
        CreateRoleEndpoint.Map(roles);
        UpdateRoleEndpoint.Map(roles);
        DeleteRoleEndpoint.Map(roles);
        return endpoints;
    }
}
