using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sluice.Core.Storage;

/// <summary>Turns the predecessor-compatible <c>DATABASE_URL</c> forms into driver
/// connection strings: <c>sqlite:///relative/file.db</c>, <c>sqlite:////absolute/file.db</c>,
/// <c>postgresql://user:pass@host:port/db?sslmode=require</c>.</summary>
public static class DatabaseUrl
{
    /// <summary>Parses a URL; on failure returns null and a message saying what is wrong.</summary>
    public static MetadataStoreConfig? TryParse(string url, string workingDirectory, out string? error)
    {
        ArgumentNullException.ThrowIfNull(url);
        error = null;
        var scheme = url.IndexOf("://", StringComparison.Ordinal) is var i and > 0 ? url[..i].ToLowerInvariant() : "";
        if (scheme is "sqlite" or "sqlite3")
        {
            return ParseSqlite(url[(scheme.Length + 3)..], workingDirectory, ref error);
        }
        if (scheme is "postgresql" or "postgres" || scheme.StartsWith("postgresql+", StringComparison.Ordinal))
        {
            return ParsePostgres(url, ref error);
        }
        error = $"'{Redact(url)}' is neither a sqlite:/// nor a postgresql:// URL.";
        return null;
    }

    /// <summary>Builds the PostgreSQL config from the separate <c>POSTGRES_*</c> settings.</summary>
    public static MetadataStoreConfig FromParts(string host, int port, string user, string? password, string database)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = port,
            Username = user,
            Password = password,
            Database = database,
        };
        return Postgres(builder);
    }

    /// <summary>A URL with its password replaced by <c>***</c>, for messages.</summary>
    public static string Redact(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var at = url.LastIndexOf('@');
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || start < 0)
        {
            return url;
        }
        var colon = url.IndexOf(':', start + 3);
        return colon > 0 && colon < at ? string.Concat(url.AsSpan(0, colon + 1), "***", url.AsSpan(at)) : url;
    }

    internal static string DescribePostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres {builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static MetadataStoreConfig? ParseSqlite(string rest, string workingDirectory, ref string? error)
    {
        // SQLAlchemy convention: sqlite:///relative.db has three slashes, sqlite:////abs.db four.
        if (!rest.StartsWith('/') || rest.Length < 2)
        {
            error = "a SQLite URL has the form sqlite:///./data/sluice.db (relative) or sqlite:////var/lib/sluice/sluice.db (absolute).";
            return null;
        }
        var path = rest[1..];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }
        if (path == ":memory:")
        {
            error = "an in-memory SQLite database would lose all metadata at exit; use a file path.";
            return null;
        }
        var file = Path.GetFullPath(path, workingDirectory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        };
        return new MetadataStoreConfig(MetadataProvider.Sqlite, builder.ToString(), file);
    }

    private static MetadataStoreConfig? ParsePostgres(string url, ref string? error)
    {
        // Uri does not accept the SQLAlchemy driver suffix (postgresql+psycopg).
        var normalized = "postgresql" + url[url.IndexOf("://", StringComparison.Ordinal)..];
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            error = $"'{Redact(url)}' is not a valid URL; expected postgresql://user:password@host:5432/database.";
            return null;
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
        {
            error = $"'{Redact(url)}' names no database; expected postgresql://user:password@host:5432/database.";
            return null;
        }
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
            Username = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : null,
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
        };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2 && kv[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase)
                && Enum.TryParse<SslMode>(kv[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode))
            {
                builder.SslMode = mode;
            }
        }
        return Postgres(builder);
    }

    private static MetadataStoreConfig Postgres(NpgsqlConnectionStringBuilder builder)
    {
        builder.ApplicationName ??= "sluice";
        builder.Timeout = builder.Timeout == 15 ? 5 : builder.Timeout;
        return new MetadataStoreConfig(MetadataProvider.Postgres, builder.ToString(), null);
    }
}
