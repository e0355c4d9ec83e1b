using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features.Policies;

/// <summary>
/// Body of <c>POST /api/admin/policies</c> and <c>PUT /api/admin/policies/{id}</c> (which also needs
/// <see cref="Version"/>). <see cref="Parks"/> are park ids of the same prefecture; dates are <c>YYYY-MM-DD</c>.
/// </summary>
internal sealed record PolicyRequest(
    string? Title,
    string? Issuer,
    string? DocumentNumber,
    string? Level,
    string?[]? Chains,
    Guid?[]? Parks,
    string?[]? IncentiveKinds,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string? Body,
    int? Version)
{
    public PolicyContent ToContent(RichTextSanitizer sanitizer) => new(
        TextInput.Required(Title),
        TextInput.Required(Issuer),
        TextInput.Optional(DocumentNumber),
        TextInput.Required(Level),
        TextInput.Codes(Chains),
        Parks is null ? [] : [.. Parks.Select(id => id ?? Guid.Empty).Distinct()],
        TextInput.Codes(IncentiveKinds),
        EffectiveFrom ?? DateOnly.MinValue,
        EffectiveTo,
        sanitizer.Sanitize(Body) ?? "");
}
