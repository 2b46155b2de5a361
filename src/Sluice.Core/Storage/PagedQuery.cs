using Dapper;

namespace Sluice.Core.Storage;

/// <summary>One page of a filtered list and its total, the shape every management list has.</summary>
internal static class PagedQuery
{
    /// <summary>Runs <c>SELECT columns FROM table where ORDER BY orderBy</c> for one page, and the
    /// matching count. <paramref name="where"/> is fixed SQL text with @parameters from
    /// <paramref name="filters"/>.</summary>
    public static async Task<PageResult<T>> RunAsync<T>(MetadataDb db, string columns, string table, string where, string orderBy,
        object filters, PageRequest page, CancellationToken cancellationToken)
    {
        var args = new DynamicParameters(filters).With("PageSize", page.PageSize).With("Offset", page.Offset);
        await using var connection = await db.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {table} {where}", args, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<T>(new CommandDefinition(
            $"SELECT {columns} FROM {table} {where} ORDER BY {orderBy} LIMIT @PageSize OFFSET @Offset", args, cancellationToken: cancellationToken));
        return new PageResult<T>(items.AsList(), total);
    }

    /// <summary>A LIKE pattern for a case-insensitive "contains" filter; null stays null.</summary>
    public static string? Contains(string? text) => text is null ? null : "%" + text.ToLowerInvariant() + "%";
}
