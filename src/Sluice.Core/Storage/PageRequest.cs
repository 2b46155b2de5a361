namespace Sluice.Core.Storage;

/// <summary>Which slice of a list to read: 1-based page of <see cref="PageSize"/> rows.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record PageRequest(int Page, int PageSize)
{
    /// <summary>Largest accepted page size.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Rows to skip.</summary>
    public int Offset => (Page - 1) * PageSize;
}
