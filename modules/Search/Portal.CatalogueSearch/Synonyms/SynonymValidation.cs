using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Localization;

namespace Portal.CatalogueSearch.Synonyms;

/// <summary>Checks a synonym list as the host sends it; field names as in the body (<c>groups[2][0]</c>).</summary>
internal static class SynonymValidation
{
    public static (IReadOnlyList<IReadOnlyList<string>> Groups, ValidationErrors Errors) Validate(
        IReadOnlyList<IReadOnlyList<string>?>? groups, IStringLocalizer<SearchMessages> text)
    {
        var errors = new ValidationErrors();
        if (groups is null)
        {
            errors.Add("groups", text["SynonymGroupsRequired"]);
            return ([], errors);
        }

        if (groups.Count > SynonymLimits.MaxGroups)
        {
            errors.Add("groups", text["SynonymTooManyGroups", SynonymLimits.MaxGroups]);
            return ([], errors);
        }

        var clean = new List<IReadOnlyList<string>>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group is null || group.Count < SynonymLimits.MinTermsPerGroup || group.Count > SynonymLimits.MaxTermsPerGroup)
            {
                errors.Add($"groups[{g}]", text["SynonymGroupSize", SynonymLimits.MinTermsPerGroup, SynonymLimits.MaxTermsPerGroup]);
                continue;
            }

            var terms = new List<string>(group.Count);
            for (var t = 0; t < group.Count; t++)
            {
                var term = group[t]?.Trim() ?? "";
                var field = $"groups[{g}][{t}]";
                if (term.Length == 0)
                {
                    errors.Add(field, text["SynonymTermEmpty"]);
                }
                else if (term.Length > SynonymLimits.MaxTermLength)
                {
                    errors.Add(field, text["SynonymTermTooLong", SynonymLimits.MaxTermLength]);
                }
                else if (terms.Contains(term, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add(field, text["SynonymTermDuplicate", term]);
                }
                else
                {
                    terms.Add(term);
                }
            }

            clean.Add(terms);
        }

        return (clean, errors);
    }
}
