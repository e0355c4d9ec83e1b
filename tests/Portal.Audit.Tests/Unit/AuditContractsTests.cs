using System.Security.Claims;
using Portal.Audit.Contracts;
using Portal.Audit.Domain;
using Xunit;

namespace Portal.Audit.Tests.Unit;

public sealed class AuditContractsTests
{
    [Fact]
    public void Changes_record_new_values_and_only_real_changes_with_their_old_values()
    {
        var changes = new AuditChanges()
            .Set("code", "530300")
            .Change("name", "曲靖", "曲靖市")
            .Change("nameEn", "Qujing", "Qujing")
            .Change("isActive", true, false)
            .Change("area", 12.5m, 13m);

        var values = changes.ToDictionary();
        Assert.Equal("530300", values["code"]);
        Assert.Equal("曲靖市", values["name"]);
        Assert.Equal("曲靖", values["name" + AuditChanges.OldSuffix]);
        Assert.False(values.ContainsKey("nameEn"));
        Assert.Equal("false", values["isActive"]);
        Assert.Equal("12.5", values["area" + AuditChanges.OldSuffix]);
    }

    [Fact]
    public void Stored_changes_pair_each_field_with_its_old_value()
    {
        var json = ChangeSet.Serialize(new AuditChanges().Set("code", "530300").Change("name", "旧", "新").ToDictionary());
        var fields = ChangeSet.Deserialize(json);

        Assert.Equal([new AuditFieldChange("code", null, "530300"), new AuditFieldChange("name", "旧", "新")], fields);
        Assert.Null(ChangeSet.Serialize(new AuditChanges().ToDictionary()));
        Assert.Empty(ChangeSet.Deserialize(null));
    }

    [Fact]
    public void A_client_credentials_principal_is_a_client_a_person_a_user_and_nobody_anonymous()
    {
        var client = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "etl"), new Claim("client_id", "etl"), new Claim("name", "数据同步")], "Bearer"));
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "42"), new Claim(ClaimTypes.Name, "张三")], "Cookies"));
        var appUser = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "42"), new Claim("client_id", "mobile-app")], "Bearer"));

        Assert.Equal(new AuditActor("etl", "数据同步", ActorKinds.Client, "10.1.1.1"), AuditActor.FromPrincipal(client, "10.1.1.1"));
        Assert.Equal(new AuditActor("42", "张三", ActorKinds.User, null), AuditActor.FromPrincipal(user, null));
        Assert.Equal(ActorKinds.User, AuditActor.FromPrincipal(appUser, null).Kind);
        Assert.Equal(ActorKinds.Anonymous, AuditActor.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity()), "1.2.3.4").Kind);
    }

    [Fact]
    public void An_event_is_stamped_in_utc_with_a_new_id_and_no_empty_changes()
    {
        var at = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var first = AuditRecordedFactory.Create(AuditActor.System("seeder"), null, at, "tenant.created", changes: new AuditChanges());
        var second = AuditRecordedFactory.Create(AuditActor.System("seeder"), null, at, "tenant.created");

        Assert.Equal(TimeSpan.Zero, first.OccurredAt.Offset);
        Assert.Equal(at, first.OccurredAt);
        Assert.NotEqual(first.EventId, second.EventId);
        Assert.Null(first.Changes);
        Assert.Equal(ActorKinds.System, first.ActorKind);
    }
}
