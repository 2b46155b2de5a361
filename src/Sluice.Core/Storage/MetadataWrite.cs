using System.Data.Common;

namespace Sluice.Core.Storage;

/// <summary>Runs a write in a transaction and turns a unique-constraint violation into a
/// value (a name already taken) instead of an exception.</summary>
public static class MetadataWrite
{
    /// <summary>The write's result, or default when a unique constraint refused it.</summary>
    public static async Task<T?> UniqueAsync<T>(MetadataDb db, Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbException exception) when (MetadataDb.IsUniqueViolation(exception))
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }
    }
}
