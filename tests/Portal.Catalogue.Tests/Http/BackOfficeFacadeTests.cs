using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Testing;
using Xunit;

namespace Portal.Catalogue.Tests.Http;

/// <summary>
/// <see cref="ICatalogueAdministration"/> for policies, projects, media, import and export on PostgreSQL:
/// the same rules as the admin API, localized messages, and each prefecture confined to its own items.
/// </summary>
public sealed class BackOfficeFacadeTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task A_policy_keeps_its_rules_a_taken_document_number_and_a_stale_version_change_nothing()
    {
        var number = $"曲政发〔2026〕{Random.Shared.Next(100, 999)}号";
        await InAsync(CatalogueFixture.SlugA, async admin =>
        {
            var first = await admin.CreatePolicyAsync(Policy("用地保障措施", number));
            Assert.True(first.Succeeded, Describe(first));

            var duplicate = await admin.CreatePolicyAsync(Policy("重复文号", number));
            Assert.Equal(CatalogueAdminOutcome.Invalid, duplicate.Outcome);
            Assert.Contains("documentNumber", duplicate.FieldErrors!.Keys);

            var backwards = await admin.CreatePolicyAsync(Policy("倒置日期", null) with { EffectiveFrom = new DateOnly(2026, 5, 1), EffectiveTo = new DateOnly(2026, 1, 1) });
            Assert.Equal(CatalogueAdminOutcome.Invalid, backwards.Outcome);
            Assert.Contains("effectiveTo", backwards.FieldErrors!.Keys);

            var policy = first.Value!;
            var edited = await admin.UpdatePolicyAsync(policy.Id, policy.Version, policy.Content with { Issuer = "曲靖市工业和信息化局" });
            Assert.True(edited.Succeeded, Describe(edited));
            var stale = await admin.UpdatePolicyAsync(policy.Id, policy.Version, policy.Content with { Issuer = "另一个机关" });
            Assert.Equal(CatalogueAdminOutcome.Stale, stale.Outcome);
            Assert.Equal(edited.Value!.Version, stale.CurrentVersion);
            Assert.Equal("曲靖市工业和信息化局", (await admin.GetPolicyAsync(policy.Id)).Value!.Content.Issuer);

            Assert.True((await admin.ChangePolicyAsync(policy.Id, CatalogueAdminActions.Publish)).Succeeded);
            var refused = await admin.ChangePolicyAsync(policy.Id, CatalogueAdminActions.Delete);
            Assert.Equal(CatalogueAdminOutcome.Refused, refused.Outcome);
            Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        });
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_project_names_only_a_park_of_its_prefecture_and_its_preview_shows_the_draft()
    {
        var parkOfB = Guid.Empty;
        await InAsync(CatalogueFixture.SlugB, async admin =>
        {
            var park = await admin.CreateParkAsync(new ParkInput(
                "大理测试园区", ParkKinds.IndustrialPark, CatalogueLevels.Provincial, null, null, null, null, 100m, 50m, null, null, null, null, null, [], [], null, []));
            parkOfB = park.Value!.Id;
        });

        await InAsync(CatalogueFixture.SlugA, async admin =>
        {
            var foreign = await admin.CreateProjectAsync(Project("跨州项目") with { Park = parkOfB });
            Assert.Equal(CatalogueAdminOutcome.Invalid, foreign.Outcome);
            Assert.Contains("park", foreign.FieldErrors!.Keys);
            Assert.DoesNotContain((await admin.ListParkChoicesAsync()).Value!, p => p.Id == parkOfB);

            var created = await admin.CreateProjectAsync(Project("再生铝项目") with { Description = "<p>说明</p><img src=x onerror=alert(1)>" });
            Assert.True(created.Succeeded, Describe(created));
            Assert.DoesNotContain("onerror", created.Value!.Content.Description, StringComparison.Ordinal);

            var preview = await admin.PreviewProjectAsync(created.Value.Id);
            Assert.True(preview.Succeeded);
            Assert.Equal("再生铝项目", preview.Value!.Name);
            Assert.Equal(CatalogueFixture.SlugA, preview.Value.Prefecture.Slug);
        });

        // B's admin sees none of A's projects.
        await InAsync(CatalogueFixture.SlugB, async admin =>
        {
            var list = await admin.ListProjectsAsync(new CatalogueAdminQuery(null, "再生铝项目", null));
            Assert.Empty(list.Value!.Items);
        });
    }

    [ServiceFact(Service.Postgres)]
    public async Task Media_belong_to_their_prefecture_and_are_checked_by_content()
    {
        var projectId = Guid.Empty;
        var mediaId = Guid.Empty;
        await InAsync(CatalogueFixture.SlugA, async admin =>
        {
            projectId = (await admin.CreateProjectAsync(Project("带图片的项目"))).Value!.Id;
            var lying = await admin.AddMediaAsync(CatalogueItemKinds.Project, projectId, Encoding.UTF8.GetBytes("<html>not a photo</html>"), "photo.jpg", null);
            Assert.Equal(CatalogueAdminOutcome.Invalid, lying.Outcome);
            Assert.Contains("file", lying.FieldErrors!.Keys);

            var photo = await admin.AddMediaAsync(CatalogueItemKinds.Project, projectId, Media.MediaApi.Png(), "photo.png", "选址");
            Assert.True(photo.Succeeded, Describe(photo));
            mediaId = photo.Value!.Id;
            var thumb = await admin.OpenMediaAsync(CatalogueItemKinds.Project, projectId, mediaId, thumbnail: true);
            Assert.Equal("image/jpeg", thumb.Value!.ContentType);
            Assert.Single((await admin.ListMediaAsync(CatalogueItemKinds.Project, projectId)).Value!);

            var policyId = (await admin.CreatePolicyAsync(Policy("附件政策", null))).Value!.Id;
            var notPdf = await admin.AddMediaAsync(CatalogueItemKinds.Policy, policyId, Media.MediaApi.Png(), "policy.pdf", null);
            Assert.Equal(CatalogueAdminOutcome.Invalid, notPdf.Outcome);
        });

        await InAsync(CatalogueFixture.SlugB, async admin =>
        {
            Assert.Equal(CatalogueAdminOutcome.NotFound, (await admin.ListMediaAsync(CatalogueItemKinds.Project, projectId)).Outcome);
            Assert.Equal(CatalogueAdminOutcome.NotFound, (await admin.OpenMediaAsync(CatalogueItemKinds.Project, projectId, mediaId, thumbnail: false)).Outcome);
            Assert.Equal(CatalogueAdminOutcome.NotFound, (await admin.RemoveMediaAsync(CatalogueItemKinds.Project, projectId, mediaId)).Outcome);
            Assert.Equal(CatalogueAdminOutcome.NotFound, (await admin.AddMediaAsync(CatalogueItemKinds.Project, projectId, Media.MediaApi.Png(), "p.png", null)).Outcome);
        });

        await InAsync(CatalogueFixture.SlugA, async admin =>
            Assert.True((await admin.RemoveMediaAsync(CatalogueItemKinds.Project, projectId, mediaId)).Succeeded));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Import_and_export_go_through_the_same_checks_as_the_api()
    {
        await InAsync(CatalogueFixture.SlugA, async admin =>
        {
            var tag = Guid.NewGuid().ToString("N")[..6];
            var csv = Encoding.UTF8.GetBytes($"name,chain,investmentWan,cooperationMode\n导入 {tag},green-aluminium,100,sole\n");
            Assert.Equal(CatalogueAdminOutcome.Invalid, (await admin.ImportAsync(CatalogueItemKinds.Project, "everything", "p.csv", csv)).Outcome);
            Assert.Equal(CatalogueAdminOutcome.Invalid, (await admin.ImportAsync(CatalogueItemKinds.Project, CatalogueImportModes.ValidRows, "p.xlsx", csv)).Outcome);

            var checkedOnly = await admin.ImportAsync(CatalogueItemKinds.Project, CatalogueImportModes.Validate, "p.csv", csv);
            Assert.Equal(0, checkedOnly.Value!.Imported);
            var imported = await admin.ImportAsync(CatalogueItemKinds.Project, CatalogueImportModes.AllOrNothing, "p.csv", csv);
            Assert.Equal(1, imported.Value!.Imported);
            Assert.NotNull(imported.Value.Rows[0].Id);

            var export = await admin.ExportAsync(CatalogueItemKinds.Project, "csv", new CatalogueAdminQuery(null, tag, null));
            Assert.Contains($"导入 {tag}", Encoding.UTF8.GetString(export.Value!.Content), StringComparison.Ordinal);
            Assert.Equal(CatalogueAdminOutcome.Invalid, (await admin.ExportAsync(CatalogueItemKinds.Project, "pdf", new CatalogueAdminQuery(null, null, null))).Outcome);
        });
    }

    [ServiceFact(Service.Postgres)]
    public async Task Without_a_prefecture_every_call_says_so()
    {
        using var scope = Scope(out var services);
        var admin = services.GetRequiredService<ICatalogueAdministration>();
        Assert.Equal(CatalogueAdminOutcome.PrefectureRequired, (await admin.ListPoliciesAsync(new CatalogueAdminQuery(null, null, null))).Outcome);
        Assert.Equal(CatalogueAdminOutcome.PrefectureRequired, (await admin.CreateProjectAsync(Project("无州市"))).Outcome);
        Assert.Equal(CatalogueAdminOutcome.PrefectureRequired, (await admin.ImportAsync(CatalogueItemKinds.Park, CatalogueImportModes.Validate, "a.csv", [1])).Outcome);
    }

    private static PolicyInput Policy(string title, string? number) => new(
        title + " " + Guid.NewGuid().ToString("N")[..4], "曲靖市人民政府", number, CatalogueLevels.Prefecture, ["green-aluminium"], [],
        [IncentiveKinds.Land], new DateOnly(2026, 1, 1), null, "<p>正文</p>");

    private static ProjectInput Project(string name) => new(
        name, "green-aluminium", null, 12000m, CooperationModes.JointVenture, null, new ContactDto("招商局", null, "0874-3123456", null));

    private static string Describe<T>(CatalogueAdminResult<T> result) =>
        $"{result.Outcome}: {result.Message} {string.Join("; ", result.FieldErrors?.Select(e => $"{e.Key}={string.Join(",", e.Value)}") ?? [])}";

    private async Task InAsync(string slug, Func<ICatalogueAdministration, Task> act)
    {
        using var scope = Scope(out var services);
        var tenant = await services.GetRequiredService<ITenantStore>().FindBySlugAsync(slug);
        using (services.GetRequiredService<ICurrentTenant>().Change(tenant!.Id, slug))
        {
            await act(services.GetRequiredService<ICatalogueAdministration>());
        }
    }

    /// <summary>A request scope, as a back-office page has: the facade audits with the request's caller.</summary>
    private IServiceScope Scope(out IServiceProvider services)
    {
        var scope = fixture.App.Services.CreateScope();
        services = scope.ServiceProvider;
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = services };
        return scope;
    }
}
