using System.Data.Common;
using Dapper;
using Sluice.Core.Storage;

namespace Sluice.Core.Versions;

/// <summary>Version rows shared by APIs and macros: both keep versions in a table of their own
/// and point at the published one from the owner's <c>published_version_id</c>.</summary>
internal static class VersionRows
{
    /// <summary>Deletes version <paramref name="versionId"/> of owner <paramref name="ownerId"/>
    /// unless the owner publishes it. The table and column names are the callers' constants.</summary>
    public static async Task<VersionDeletion> DeleteUnpublishedAsync(MetadataDb db, string owners, string versions, string ownerColumn,
        long ownerId, long versionId, CancellationToken cancellationToken)
    {
        var args = new { ownerId, versionId };
        await using var connection = await db.OpenAsync(cancellationToken);
        // One statement: the published check and the delete see the same owner row.
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            DELETE FROM {versions} WHERE id = @versionId AND {ownerColumn} = @ownerId
              AND NOT EXISTS (SELECT 1 FROM {owners} WHERE id = @ownerId AND published_version_id = @versionId)
            """, args, cancellationToken: cancellationToken));
        if (deleted > 0)
        {
            return VersionDeletion.Deleted;
        }
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {versions} WHERE id = @versionId AND {ownerColumn} = @ownerId", args, cancellationToken: cancellationToken));
        return exists > 0 ? VersionDeletion.Published : VersionDeletion.NotFound;
    }

    /// <summary>Takes the next version number from the owner's <c>last_version</c> counter inside
    /// <paramref name="transaction"/>: the update locks the owner's row, so concurrent commits get
    /// distinct numbers, and a deleted version's number is never handed out again.</summary>
    public static Task<int> NextNumberAsync(DbConnection connection, DbTransaction transaction, string owners, long ownerId,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"UPDATE {owners} SET last_version = last_version + 1 WHERE id = @ownerId RETURNING last_version",
            new { ownerId }, transaction, cancellationToken: cancellationToken));
}
