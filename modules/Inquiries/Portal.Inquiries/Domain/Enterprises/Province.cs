namespace Portal.Inquiries.Domain.Enterprises;

/// <summary>
/// A provincial-level division: <see cref="Code"/> is its 6-digit GB/T 2260 code (440000 Guangdong),
/// <see cref="Name"/> its full Chinese name (广东省), <see cref="ShortName"/> the name people write
/// without the suffix (广东, 内蒙古).
/// </summary>
internal sealed record Province(string Code, string Name, string ShortName, string NameEn);
