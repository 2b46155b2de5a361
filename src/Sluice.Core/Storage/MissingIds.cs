using Dapper;

namespace Sluice.Core.Storage;

/// <summary>Finds which ids of a list have no row, so a request naming unknown ids gets a 400
/// that lists them instead of a foreign-key failure.</summary>
internal static class MissingIds
{
    public static async Task<IReadOnlyList<long>> FindAsync(MetadataDb db, string table, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var found = new HashSet<long>();
        foreach (var id in ids.Distinct())
        {
            if (await connection.ExecuteScalarAsync<long?>(new CommandDefinition($"SELECT id FROM {table} WHERE id = @id", new { id }, cancellationToken: cancellationToken)) is not null)
            {
                found.Add(id);
            }
        }
        return ids.Where(id => !found.Contains(id)).Distinct().ToArray();
    }
}
