using System.Data.Common;

namespace Sluice.Core.Connectors;

/// <summary>DuckDB refused to prepare a statement (DuckDB.NET's own exception cannot be made
/// outside it).</summary>
public sealed class DuckDbPrepareException : DbException
{
    /// <summary>Creates the exception.</summary>
    public DuckDbPrepareException()
    {
    }

    /// <summary>Creates the exception with DuckDB's message, e.g. "Catalog Error: Table with name x does not exist!".</summary>
    public DuckDbPrepareException(string message) : base(message) =>
        ErrorType = message?.IndexOf(" Error: ", StringComparison.Ordinal) is > 0 and var at ? message[..at] : null;

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DuckDbPrepareException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>DuckDB's error type, the message's prefix (Catalog, Binder, Parser, Permission…).</summary>
    public string? ErrorType { get; }
}
