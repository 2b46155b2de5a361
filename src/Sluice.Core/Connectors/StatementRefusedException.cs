using System.Data.Common;

namespace Sluice.Core.Connectors;

/// <summary>Thrown before a statement reaches the database when Sluice refuses a value or
/// statement the driver would otherwise mangle or let through.</summary>
public sealed class StatementRefusedException : DbException
{
    /// <summary>Creates the exception.</summary>
    public StatementRefusedException()
    {
    }

    /// <summary>Creates the exception with the author-facing reason.</summary>
    public StatementRefusedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with the author-facing reason and a cause.</summary>
    public StatementRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
