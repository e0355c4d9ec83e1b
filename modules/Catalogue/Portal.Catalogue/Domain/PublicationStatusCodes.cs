namespace Portal.Catalogue.Domain;

/// <summary>The API's spelling of <see cref="PublicationStatus"/>.</summary>
internal static class PublicationStatusCodes
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";

    public static string Of(PublicationStatus status) => status switch
    {
        PublicationStatus.Draft => Draft,
        PublicationStatus.Published => Published,
        _ => Archived,
    };

    public static PublicationStatus? Parse(string? code) => code switch
    {
        Draft => PublicationStatus.Draft,
        Published => PublicationStatus.Published,
        Archived => PublicationStatus.Archived,
        _ => null,
    };
}
