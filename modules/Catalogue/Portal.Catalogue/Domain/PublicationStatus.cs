namespace Portal.Catalogue.Domain;

/// <summary>Where a catalogue item is in its life: draft → published → archived, as in a CMS.</summary>
internal enum PublicationStatus
{
    /// <summary>Being written, or taken back from the public: only the prefecture sees it.</summary>
    Draft,

    /// <summary>The public sees the version last published, even while a newer working copy is edited.</summary>
    Published,

    /// <summary>Kept for the record; the public no longer sees it.</summary>
    Archived,
}
