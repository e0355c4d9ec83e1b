using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using Portal.Identity.Domain;

namespace Portal.Identity.Persistence;

/// <summary>Table names in the portal's style and the columns the portal adds to Identity's entities.</summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<PortalUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(PortalUser.DisplayNameMaxLength);
            user.HasIndex(u => u.TenantId);
        });
        builder.Entity<PortalRole>(role =>
        {
            role.ToTable("roles");
            role.HasIndex(r => r.TenantId);
            role.Property(r => r.DisplayName).HasMaxLength(PortalRole.DisplayNameMaxLength);
            role.Property(r => r.Description).HasMaxLength(PortalRole.DescriptionMaxLength);
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");

        builder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("oidc_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("oidc_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("oidc_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("oidc_tokens");

        builder.Entity<MachineClient>(client =>
        {
            client.ToTable("clients");
            client.HasKey(c => c.Id);
            client.Property(c => c.ClientId).HasMaxLength(MachineClient.ClientIdMaxLength).IsRequired();
            client.Property(c => c.DisplayName).HasMaxLength(MachineClient.DisplayNameMaxLength).IsRequired();
            client.Property(c => c.Type).HasMaxLength(20).IsRequired();
            client.Property(c => c.CreatedBy).HasMaxLength(200).IsRequired();
            client.HasIndex(c => c.ClientId).IsUnique();
        });
    }
}
