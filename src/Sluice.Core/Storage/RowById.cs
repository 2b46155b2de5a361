using Dapper;

namespace Sluice.Core.Storage;

/// <summary>Reads one row of a metadata table by its primary key: the lookup every store has.</summary>
internal static class RowById
{
    public static async Task<T?> FindAsync<T>(MetadataDb db, string columns, string table, long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(
            $"SELECT {columns} FROM {table} WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }
}
