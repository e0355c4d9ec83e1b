using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Xunit;
using static Portal.Catalogue.Tests.Domain.Samples;

namespace Portal.Catalogue.Tests.Domain;

/// <summary>Draft → published → archived, and what the public sees at each step.</summary>
public sealed class PublishingTests
{
    [Fact]
    public void A_new_item_is_a_draft_the_public_cannot_see()
    {
        var park = Park.Create(ValidPark(), Now);

        Assert.Equal(PublicationStatus.Draft, park.Status);
        Assert.Equal(1, park.Version);
        Assert.Null(park.PublishedContent);
        Assert.Null(park.PublishedAt);
    }

    [Fact]
    public void Content_that_breaks_a_rule_never_becomes_an_item()
    {
        var refused = Assert.Throws<BusinessRuleException>(() => Park.Create(ValidPark() with { AvailableLandMu = 200_000m }, Now));
        Assert.Contains(refused.Violations, v => v.Code == "park.available-above-planned");
    }

    [Fact]
    public void Publishing_makes_the_working_copy_public()
    {
        var park = Park.Create(ValidPark(), Now);

        Assert.True(park.Publish(Now.AddMinutes(1)));

        Assert.Equal(PublicationStatus.Published, park.Status);
        Assert.Equal(2, park.Version);
        Assert.Equal("曲靖经济技术开发区", park.PublishedContent!.Name);
        Assert.Equal(Now.AddMinutes(1), park.PublishedAt);
        Assert.False(park.HasUnpublishedChanges);
    }

    [Fact]
    public void Editing_a_published_item_keeps_the_public_version_until_it_is_published_again()
    {
        var park = Park.Create(ValidPark(), Now);
        park.Publish(Now);

        Assert.True(park.Edit(ValidPark() with { Name = "曲靖经开区（新名）", AvailableLandMu = 5_000m }, Now.AddDays(1)));

        Assert.Equal(PublicationStatus.Published, park.Status);
        Assert.True(park.HasUnpublishedChanges);
        Assert.Equal("曲靖经开区（新名）", park.Name);
        Assert.Equal("曲靖经济技术开发区", park.PublishedContent!.Name);
        Assert.Equal(6_800m, park.PublishedContent.AvailableLandMu);

        park.Publish(Now.AddDays(2));
        Assert.Equal("曲靖经开区（新名）", park.PublishedContent!.Name);
        Assert.False(park.HasUnpublishedChanges);
    }

    [Fact]
    public void Editing_back_to_the_published_version_leaves_no_unpublished_changes()
    {
        var park = Park.Create(ValidPark(), Now);
        park.Publish(Now);
        park.Edit(ValidPark() with { Name = "改名" }, Now);

        park.Edit(ValidPark(), Now);

        Assert.False(park.HasUnpublishedChanges);
    }

    [Fact]
    public void Saving_the_same_content_or_publishing_twice_changes_nothing()
    {
        var park = Park.Create(ValidPark(), Now);
        Assert.False(park.Edit(ValidPark(), Now.AddDays(1)));
        Assert.Equal(1, park.Version);

        park.Publish(Now);
        Assert.False(park.Publish(Now.AddDays(1)));
        Assert.Equal(2, park.Version);
        Assert.Equal(Now, park.PublishedAt);
    }

    [Fact]
    public void Every_change_raises_the_version()
    {
        var policy = IncentivePolicy.Create(ValidPolicy(), Now);
        policy.Edit(ValidPolicy() with { Title = "新标题" }, Now);
        policy.Publish(Now);
        policy.Unpublish(Now);
        policy.Archive(Now);

        Assert.Equal(5, policy.Version);
    }

    [Fact]
    public void Unpublishing_takes_the_item_from_the_public_and_keeps_the_working_copy()
    {
        var project = InvestmentProject.Create(ValidProject(), Now);
        project.Publish(Now);

        Assert.True(project.Unpublish(Now));

        Assert.Equal(PublicationStatus.Draft, project.Status);
        Assert.Null(project.PublishedContent);
        Assert.Equal("磷酸铁锂正极材料项目", project.Name);
        Assert.False(project.Unpublish(Now));
    }

    [Fact]
    public void An_archived_item_is_not_public_and_cannot_be_edited_until_brought_back_to_draft()
    {
        var park = Park.Create(ValidPark(), Now);
        park.Publish(Now);

        Assert.True(park.Archive(Now));
        Assert.Null(park.PublishedContent);
        var refused = Assert.Throws<BusinessRuleException>(() => park.Edit(ValidPark() with { Name = "x" }, Now));
        Assert.Equal("catalogue.archived-not-editable", refused.Violations.Single().Code);

        park.Unpublish(Now);
        Assert.True(park.Edit(ValidPark() with { Name = "x" }, Now));
    }

    [Fact]
    public void A_published_item_cannot_be_deleted_but_a_draft_or_archived_one_can()
    {
        var park = Park.Create(ValidPark(), Now);
        park.EnsureCanBeDeleted();

        park.Publish(Now);
        var refused = Assert.Throws<BusinessRuleException>(() => park.EnsureCanBeDeleted());
        Assert.Equal("catalogue.published-not-deletable", refused.Violations.Single().Code);

        park.Archive(Now);
        park.EnsureCanBeDeleted();
    }

    [Fact]
    public void An_edit_that_breaks_a_rule_changes_nothing()
    {
        var park = Park.Create(ValidPark(), Now);

        Assert.Throws<BusinessRuleException>(() => park.Edit(ValidPark() with { Latitude = 40m }, Now));

        Assert.Equal(25.45m, park.Latitude);
        Assert.Equal(1, park.Version);
    }

    [Fact]
    public void The_published_snapshot_keeps_every_field()
    {
        var policy = IncentivePolicy.Create(ValidPolicy() with { ParkIds = [Guid.NewGuid()], EffectiveTo = null }, Now);
        policy.Publish(Now);

        var published = policy.PublishedContent!;

        Assert.Equal(ContentJson.Write(policy.Content), ContentJson.Write(published));
    }

    [Fact]
    public void Timestamps_are_kept_to_the_microsecond_as_the_database_keeps_them()
    {
        var park = Park.Create(ValidPark(), Now.AddTicks(1234567));

        park.Publish(Now.AddTicks(7654321));

        Assert.Equal(Now.AddTicks(1234560), park.CreatedAt);
        Assert.Equal(Now.AddTicks(7654320), park.PublishedAt);
    }
}
