using Dapper;

namespace Sluice.Core.Storage;

/// <summary>One page of a filtered list and its total, the shape every management list has.</summary>
internal static class PagedQuery
{
    /// <summary>Runs <c>SELECT columns FROM table where ORDER BY orderBy</c> for one page, and the
    /// matching count. <paramref name="where"/> is fixed SQL text with @parameters from
    /// <paramref name="filters"/>. When <paramref name="onlyIds"/> is not null, only rows with
    /// those ids are listed (what the caller may read).</summary>
    public static async Task<PageResult<T>> RunAsync<T>(MetadataDb db, string columns, string table, string where, string orderBy,
        object filters, PageRequest page, CancellationToken cancellationToken, IReadOnlyCollection<long>? onlyIds = null)
    {
        var args = new DynamicParameters(filters).With("PageSize", page.PageSize).With("Offset", page.Offset);
        if (onlyIds is not null)
        {
            // One bound parameter per id, spelled out: Dapper leaves arrays whole for Npgsql.
            var names = onlyIds.Count == 0 ? ["@only0"] : onlyIds.Select((_, i) => "@only" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            where += $" AND id IN ({string.Join(", ", names)})";
            var index = 0;
            foreach (var id in onlyIds.Count == 0 ? [-1L] : onlyIds)
            {
                args.Add(names[index++][1..], id);
            }
        }
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
