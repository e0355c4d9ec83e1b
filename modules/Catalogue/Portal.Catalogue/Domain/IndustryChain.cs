namespace Portal.Catalogue.Domain;

/// <summary>
/// An industry chain (产业链) of the one taxonomy the host keeps for every prefecture; chain-based
/// promotion (延链、补链、强链) is how the bureau works. Shared reference data: not tenant-owned.
/// </summary>
internal sealed class IndustryChain
{
    private IndustryChain()
    {
    }

    /// <summary>Stable in the API and in search filters; never changes once used.</summary>
    public string Code { get; private set; } = "";

    public string NameZh { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public int SortOrder { get; private set; }

    public static IndustryChain Create(string code, string nameZh, string nameEn, int sortOrder)
    {
        if (!IndustryChainLimits.CodePattern().IsMatch(code) || code.Length > IndustryChainLimits.CodeMaxLength)
        {
            throw new ArgumentException($"'{code}' is not a valid industry-chain code.", nameof(code));
        }

        return new IndustryChain { Code = code, NameZh = nameZh, NameEn = nameEn, SortOrder = sortOrder };
    }
}
