namespace Portal.Catalogue.Features;

/// <summary>One page of a list: <c>{ total, page, pageSize, items }</c>.</summary>
internal sealed record Paged<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);
