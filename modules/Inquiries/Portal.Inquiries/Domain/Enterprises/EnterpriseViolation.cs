namespace Portal.Inquiries.Domain.Enterprises;

/// <summary>
/// Why an enterprise's identifier or contact was refused: a stable machine-readable <see cref="Code"/>
/// (e.g. <c>credit-code.check-mismatch</c>) and the key of its localized message in
/// <see cref="EnterpriseMessages"/> with the message's arguments.
/// </summary>
internal sealed record EnterpriseViolation(string Code, string MessageKey, params object[] Arguments);
