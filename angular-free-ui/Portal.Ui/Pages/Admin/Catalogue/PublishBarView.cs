namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>What the publication buttons need: where the item stands, and where the buttons post.</summary>
public sealed record PublishBarView(string Status, bool HasUnpublishedChanges, string ActionUrl)
{
    /// <summary>Whether a button makes sense now: publish a draft or unpublished changes, unpublish what is not a draft, archive what is not archived, delete what is not public.</summary>
    public bool Allows(string action) => action switch
    {
        "publish" => Status != "published" || HasUnpublishedChanges,
        "unpublish" => Status != "draft",
        "archive" => Status != "archived",
        _ => Status != "published",
    };
}
