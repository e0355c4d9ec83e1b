using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Contracts;

namespace Portal.Ui.Pages.Admin.Inquiries;

/// <summary>
/// The inquiry desk's pages open to whoever triages (<c>inquiries.route</c>, host only) or works cases
/// (<c>inquiries.work</c>); without either the answer is 403. No policy name covers "either", so the page
/// models carry the requirement themselves; the folder's back-office policy (the cookie) still applies.
/// What each caller may see or do inside is the desk facade's decision.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class InquiryDeskAuthorizeAttribute : Attribute, IAuthorizationRequirementData
{
    public IEnumerable<IAuthorizationRequirement> GetRequirements() =>
    [
        new DenyAnonymousAuthorizationRequirement(),
        new AssertionRequirement(context => InquiryDeskAccess.CanRoute(context.User) || InquiryDeskAccess.CanWork(context.User)),
    ];
}

/// <summary>What the signed-in person may do on the desk, for showing or hiding forms (the facade decides again).</summary>
internal static class InquiryDeskAccess
{
    public static bool IsHost(ClaimsPrincipal user) => !user.HasClaim(claim => claim.Type == PortalClaims.Tenant);

    /// <summary>Route, assign owners and merge: the bureau (a host principal holding <c>inquiries.route</c>).</summary>
    public static bool CanRoute(ClaimsPrincipal user) => IsHost(user) && user.HasClaim(PortalClaims.Permission, Permissions.InquiriesRoute);

    public static bool CanWork(ClaimsPrincipal user) => user.HasClaim(PortalClaims.Permission, Permissions.InquiriesWork);
}
