using Sluice.Core.Checks;
using Sluice.Core.Connectors;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Management.Apis;

/// <summary>What the SQL check found: a report, so a failing check is still a 200.</summary>
internal sealed record CheckResponse(bool Ok, IReadOnlyList<CheckStatementResponse> Statements, IReadOnlyList<CheckProblem> Problems)
{
    public static CheckResponse From(SqlCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new CheckResponse(report.Ok,
            report.Statements.Select(s => new CheckStatementResponse(s.Sql, s.Case, s.Columns.Select(ColumnSchema.From).ToArray(), s.Error, s.Checked)).ToArray(),
            report.Problems);
    }
}

/// <summary>One statement as rendered, the columns it returns, and the database's error if it refused it.</summary>
internal sealed record CheckStatementResponse(string Sql, string Case, IReadOnlyList<ColumnSchema> Columns, DatabaseError? Error, bool Checked);
