using System.Data.Common;
using System.Net.Sockets;
using Sluice.Core.Storage;

namespace Sluice.Cli.Commands;

/// <summary>Turns a failure to reach the metadata store into one actionable line.</summary>
internal static class StoreFailure
{
    public static bool IsStoreFailure(Exception exception) =>
        exception is DbException or SocketException or TimeoutException or UnauthorizedAccessException
        || exception.InnerException is { } inner && IsStoreFailure(inner);

    public static string Describe(MetadataStoreConfig store, Exception exception)
    {
        var root = exception;
        while (root is not DbException && root.InnerException is not null)
        {
            root = root.InnerException;
        }
        return $"Cannot use the metadata store ({store.Describe()}): {root.Message} " +
            (store.Provider == MetadataProvider.Postgres
                ? "Check that PostgreSQL is running and that DATABASE_URL (or POSTGRES_*) names the right host, port, user, password and database."
                : "Check that the folder of the SQLite file in DATABASE_URL exists and is writable.");
    }
}
