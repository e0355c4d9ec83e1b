using Microsoft.EntityFrameworkCore;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features;

/// <summary>The rules that need the database: chain codes of the taxonomy, parks of this prefecture, document numbers in use.</summary>
internal static class ReferenceChecks
{
    public static async Task<IEnumerable<IBusinessRule>> ChainsMustExistAsync(
        CatalogueDbContext db, string field, IReadOnlyList<string> codes, bool single, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var known = (await db.IndustryChains.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return codes.Select((code, i) => new IndustryChainMustExist(single ? field : $"{field}[{i}]", code, known));
    }

    /// <summary>Read through the <c>Tenant</c> filter: another prefecture's park is simply not found.</summary>
    public static async Task<IEnumerable<IBusinessRule>> ParksMustBelongToThePrefectureAsync(
        CatalogueDbContext db, string field, IReadOnlyList<Guid> parkIds, bool single, CancellationToken cancellationToken)
    {
        if (parkIds.Count == 0)
        {
            return [];
        }

        var ids = parkIds.Distinct().ToArray();
        var own = (await db.Parks.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        return parkIds.Select((id, i) => new ParkMustBelongToThePrefecture(single ? field : $"{field}[{i}]", id, own));
    }

    public static async Task<IBusinessRule> DocumentNumberMustBeUniqueAsync(
        CatalogueDbContext db, string issuer, string? documentNumber, Guid? policyId, CancellationToken cancellationToken)
    {
        var taken = documentNumber is not null && await db.Policies.AsNoTracking()
            .AnyAsync(p => p.Issuer == issuer && p.DocumentNumber == documentNumber && p.Id != policyId, cancellationToken);
        return new DocumentNumberMustBeUniquePerIssuer(issuer, documentNumber, taken);
    }
}
