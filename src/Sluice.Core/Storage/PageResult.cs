namespace Sluice.Core.Storage;

/// <summary>One page of a list and the total number of matching rows.</summary>
/// <typeparam name="T">Row type.</typeparam>
/// <param name="Items">The rows of the page.</param>
/// <param name="Total">Rows matching the filters, across all pages.</param>
public sealed record PageResult<T>(IReadOnlyList<T> Items, long Total);
