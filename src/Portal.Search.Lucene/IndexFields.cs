namespace Portal.Search.Lucene;

/// <summary>Field names of the Lucene documents; one place so indexing, queries and facets agree.</summary>
internal static class IndexFields
{
    public const string Key = "key";
    public const string Kind = "kind";
    public const string Tenant = "tenant";
    public const string Prefecture = "prefecture";
    public const string Chain = "chain";
    public const string Level = "level";

    /// <summary>The analyzers' field name for titles; titles are searched through <see cref="TitleBigram"/> and <see cref="Text"/>, shown from <see cref="Hit"/>.</summary>
    public const string Title = "title";

    /// <summary>Stored only for a body too long for its hit card (<see cref="HitCards"/>); searched through <see cref="Text"/>.</summary>
    public const string Body = "body";

    /// <summary>Prefecture names with and without suffix (and the English name), as characters and bigrams.</summary>
    public const string Place = "place";

    /// <summary>CJK characters and bigrams of the same text: recall where word segmentation disagrees.</summary>
    public const string TitleBigram = "title_bigram";
    public const string KeywordsBigram = "keywords_bigram";

    /// <summary>
    /// Title, keywords, place names and body together as characters and bigrams: the one field that decides
    /// whether a document matches (the others only weigh in on the score).
    /// </summary>
    public const string Text = "text";

    /// <summary>The whole title, lower case, for title-prefix suggestions.</summary>
    public const string TitleExact = "title_exact";

    /// <summary>Pinyin terms (see Portal.Search.Chinese.Pinyin) of the title and prefecture, and of the keywords.</summary>
    public const string PinyinFull = "py_full";
    public const string PinyinInitials = "py_initials";
    public const string KeywordsPinyinFull = "py_kw_full";
    public const string KeywordsPinyinInitials = "py_kw_initials";

    public const string AvailableLand = "land_mu";
    public const string LandPrice = "land_price";
    public const string PowerPrice = "power_price";
    public const string Investment = "investment";
    public const string EffectiveFrom = "effective_from";
    public const string EffectiveTo = "effective_to";

    /// <summary>What a hit shows, one binary doc value (see <see cref="HitCards"/>).</summary>
    public const string Hit = "hit";

    /// <summary>UTC ticks: doc values for sorting (the hit card has them for display).</summary>
    public const string PublishedAt = "published";

    /// <summary>Amounts are indexed as fixed-point longs with four decimals so range filters stay exact.</summary>
    public static long Scaled(decimal value) => (long)decimal.Round(value * 10_000m, MidpointRounding.AwayFromZero);
}
