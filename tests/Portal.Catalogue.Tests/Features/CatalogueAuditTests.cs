using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;
using Portal.Catalogue.Tests.Domain;
using Xunit;

namespace Portal.Catalogue.Tests.Features;

/// <summary>What an audit entry says changed: scalar fields old → new, lists and rich text only that they changed.</summary>
public sealed class CatalogueAuditTests
{
    [Fact]
    public void A_new_item_records_its_scalar_fields_with_a_value_and_neither_lists_nor_html()
    {
        var changes = CatalogueAudit.Describe(null, Samples.ValidPark()).ToDictionary();

        Assert.Equal("曲靖经济技术开发区", changes["name"]);
        Assert.Equal("economic-development-zone", changes["kind"]);
        Assert.Equal("6800", changes["availableLandMu"]);
        Assert.Equal("0.36", changes["powerPriceYuanPerKwh"]);
        Assert.DoesNotContain("description", changes.Keys);
        Assert.DoesNotContain("chains", changes.Keys);
        Assert.DoesNotContain("contacts", changes.Keys);
        Assert.DoesNotContain(changes.Keys, key => key.EndsWith(":old", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_records_only_what_differs_scalars_with_their_old_value_lists_and_html_as_changed()
    {
        var before = Samples.ValidPark();
        var after = before with
        {
            Name = "曲靖经开区（二期）",
            AvailableLandMu = 5_000m,
            Chains = ["new-energy-battery", "new-materials"],
            Description = "<p>扩区</p>",
        };

        var changes = CatalogueAudit.Describe(before, after).ToDictionary();

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["name"] = "曲靖经开区（二期）",
                ["name:old"] = "曲靖经济技术开发区",
                ["availableLandMu"] = "5000",
                ["availableLandMu:old"] = "6800",
                ["chains"] = CatalogueAudit.Changed,
                ["description"] = CatalogueAudit.Changed,
            },
            changes);
    }

    [Fact]
    public void The_same_amount_at_another_scale_is_no_change()
    {
        // The database answers 6800.00 for 6800.
        var before = Samples.ValidPark() with { AvailableLandMu = 6_800.00m, PlannedAreaMu = 120_000.00m };

        Assert.False(CatalogueAudit.Describe(before, Samples.ValidPark()).HasChanges);
    }

    [Fact]
    public void Fields_are_named_as_the_api_names_them_and_a_contact_appearing_is_a_change()
    {
        var park = Guid.CreateVersion7();
        var policy = Samples.ValidPolicy();
        var policyChanges = CatalogueAudit.Describe(policy, policy with { ParkIds = [park], EffectiveTo = null }).ToDictionary();
        Assert.Equal(CatalogueAudit.Changed, policyChanges["parks"]);
        Assert.Null(policyChanges["effectiveTo"]);
        Assert.Equal("2026-12-31", policyChanges["effectiveTo:old"]);

        var project = Samples.ValidProject() with { ParkId = null, Contact = null };
        var projectChanges = CatalogueAudit.Describe(project, project with { ParkId = park, Contact = new Contact("招商局", null, null, null) }).ToDictionary();
        Assert.Equal(park.ToString(), projectChanges["park"]);
        Assert.Null(projectChanges["park:old"]);
        Assert.Equal(CatalogueAudit.Changed, projectChanges["contact"]);
    }

    [Fact]
    public void A_deleted_item_records_what_its_scalar_fields_were()
    {
        var changes = CatalogueAudit.Describe(Samples.ValidProject(), null).ToDictionary();

        Assert.Equal(Samples.ValidProject().Name, changes["name:old"]);
        Assert.Null(changes["name"]);
        Assert.DoesNotContain("description", changes.Keys);
        Assert.DoesNotContain("contact", changes.Keys);
    }
}
