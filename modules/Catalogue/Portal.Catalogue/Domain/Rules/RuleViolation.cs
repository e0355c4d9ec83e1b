namespace Portal.Catalogue.Domain.Rules;

/// <summary>
/// A broken rule: the field it concerns (null for a rule about the item's state, which is a conflict
/// rather than bad input), the key of its localized message with the message's arguments, and a
/// stable machine-readable code.
/// </summary>
internal sealed record RuleViolation(string? Field, string MessageKey, string Code, params object[] Arguments);
