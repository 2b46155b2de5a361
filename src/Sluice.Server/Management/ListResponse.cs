namespace Sluice.Server.Management;

/// <summary>The shape of every management list: one page and the total across pages.</summary>
internal sealed record ListResponse<T>(IReadOnlyList<T> Data, long Total);
