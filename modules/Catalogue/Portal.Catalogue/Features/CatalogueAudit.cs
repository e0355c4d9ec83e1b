using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Outbox;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features;

/// <summary>
/// The audit entries of parks, policies and projects alike, added to the catalogue's outbox beside the
/// change so that they commit (or roll back) with it. Actions are <c>{kind}.{verb}</c>
/// (<c>park.created</c>, <c>policy.published</c>), the entity is the item, the tenant the prefecture
/// and the actor the caller (see <see cref="AuditRecordedFactory.FromHttp"/>).
/// </summary>
/// <remarks>
/// What changed is read off the content as <see cref="ContentJson"/> writes it, so a field added to a
/// kind is audited without touching this class. Scalar fields are recorded old → new; lists, contacts
/// and rich text only as <see cref="Changed"/>, never whole (no HTML, no contact details in the log).
/// </remarks>
internal static class CatalogueAudit
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Published = "published";
    public const string Unpublished = "unpublished";
    public const string Archived = "archived";

    /// <summary>The value recorded for a list or a rich text that changed.</summary>
    public const string Changed = "(changed)";

    /// <summary>Sanitized HTML: recorded as changed, never copied into the log.</summary>
    private static readonly HashSet<string> RichTextFields = new(["description", "body"], StringComparer.Ordinal);

    /// <summary>Content names that the API spells otherwise.</summary>
    private static readonly Dictionary<string, string> ApiNames = new(StringComparer.Ordinal)
    {
        ["parkIds"] = "parks",
        ["parkId"] = "park",
    };

    /// <summary>A new draft: its scalar fields as given.</summary>
    public static void AuditCreated<TContent>(this CatalogueDbContext db, HttpContext http, CatalogueItem<TContent> item)
        where TContent : class =>
        db.Audit(http, item, Created, Describe(null, item.Content).Set("status", PublicationStatusCodes.Of(item.Status)));

    /// <summary>An edited working copy: the fields that differ from <paramref name="before"/>.</summary>
    public static void AuditUpdated<TContent>(this CatalogueDbContext db, HttpContext http, CatalogueItem<TContent> item, TContent before)
        where TContent : class =>
        db.Audit(http, item, Updated, Describe(before, item.Content).Change("version", item.Version - 1, item.Version));

    /// <summary>An item gone for good: what its scalar fields were.</summary>
    public static void AuditDeleted<TContent>(this CatalogueDbContext db, HttpContext http, CatalogueItem<TContent> item)
        where TContent : class =>
        db.Audit(http, item, Deleted, Describe(item.Content, null).Change("status", PublicationStatusCodes.Of(item.Status), null));

    /// <summary>Published, unpublished or archived: the status it left, and the version it is at now.</summary>
    public static void AuditPublication<TContent>(
        this CatalogueDbContext db, HttpContext http, CatalogueItem<TContent> item, string verb, PublicationStatus before)
        where TContent : class =>
        db.Audit(http, item, verb, new AuditChanges()
            .Change("status", PublicationStatusCodes.Of(before), PublicationStatusCodes.Of(item.Status))
            .Set("version", item.Version));

    private static void Audit<TContent>(this CatalogueDbContext db, HttpContext http, CatalogueItem<TContent> item, string verb, AuditChanges changes)
        where TContent : class =>
        db.AddIntegrationEvent(AuditRecordedFactory.FromHttp(http, $"{item.Kind}.{verb}", item.Kind, item.Id.ToString(), changes));

    /// <summary>
    /// Created (no <paramref name="before"/>): the scalar fields that have a value. Updated: the scalar
    /// fields that differ, old → new, and the lists and rich text that differ as <see cref="Changed"/>.
    /// Deleted (no <paramref name="after"/>): the scalar fields' last values.
    /// </summary>
    internal static AuditChanges Describe<TContent>(TContent? before, TContent? after)
        where TContent : class
    {
        var changes = new AuditChanges();
        JsonElement? old = before is null ? null : JsonSerializer.SerializeToElement(before, ContentJson.Options);
        JsonElement? now = after is null ? null : JsonSerializer.SerializeToElement(after, ContentJson.Options);
        foreach (var property in (now ?? old)!.Value.EnumerateObject())
        {
            var oldValue = old?.GetProperty(property.Name);
            var newValue = now?.GetProperty(property.Name);
            var field = ApiNames.GetValueOrDefault(property.Name, property.Name);
            if (IsScalar(oldValue) && IsScalar(newValue) && !RichTextFields.Contains(property.Name))
            {
                if (old is null)
                {
                    if (ScalarOf(newValue) is { } value)
                    {
                        changes.Set(field, value);
                    }
                }
                else
                {
                    changes.Change(field, ScalarOf(oldValue), ScalarOf(newValue));
                }
            }
            else if (old is not null && now is not null && oldValue!.Value.GetRawText() != newValue!.Value.GetRawText())
            {
                changes.Set(field, Changed);
            }
        }

        return changes;
    }

    private static bool IsScalar(JsonElement? value) =>
        value is not { ValueKind: JsonValueKind.Object or JsonValueKind.Array };

    private static string? ScalarOf(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
