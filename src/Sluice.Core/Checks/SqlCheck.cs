using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Sluice.Core.Connectors;
using Sluice.Core.Parameters;
using Sluice.Core.Templates;

namespace Sluice.Core.Checks;

/// <summary>Has the database check an API's SQL before a consumer calls it: the template is
/// rendered with sample values (<see cref="SampleValues"/>: every parameter present, then only
/// the required ones), and each distinct statement is prepared and described on the datasource
/// without being run, through the same pool, sandbox and statement timeout as the gateway.</summary>
public static class SqlCheck
{
    private const string PlainText = "sample";
    private const string SortDirection = "asc";

    /// <summary>Checks <paramref name="template"/> on <paramref name="pool"/>'s database.</summary>
    /// <param name="template">The parsed template.</param>
    /// <param name="parameters">Its parameters (their binder must compile).</param>
    /// <param name="identifiers">The identifiers its <c>ident</c> filter allows.</param>
    /// <param name="pool">The datasource's pool.</param>
    /// <param name="statementTimeout">How long the database may take over each statement.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    public static async Task<SqlCheckReport> RunAsync(SqlTemplate template, IReadOnlyList<ParamDefinition> parameters, IReadOnlySet<string> identifiers,
        DatasourcePool pool, TimeSpan statementTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(identifiers);
        ArgumentNullException.ThrowIfNull(pool);
        var problems = new List<CheckProblem>();
        var pending = new List<(BoundStatement Statement, string Case)>();
        string? returning = null;
        foreach (var (label, rendered) in Render(template, parameters, identifiers, pool.Dialect))
        {
            if (rendered.Command is null)
            {
                problems.Add(new CheckProblem("The template failed to render: " + rendered.Error, null, null, label));
                continue;
            }
            foreach (var statement in rendered.Command.Statements.Where(s => pending.TrueForAll(p => p.Statement.Sql != s.Sql)))
            {
                pending.Add((statement, label));
            }
            returning ??= rendered.Command.Statements[^1].Sql;
        }
        if (pending.Count == 0)
        {
            return SqlCheckReport.Failed(problems);
        }

        var checkedStatements = new List<CheckedStatement>(pending.Count);
        string? unreachable = null;
        DbConnection? connection = null;
        try
        {
            try
            {
                connection = await pool.OpenAsync(cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsConnectionFailure(exception))
            {
                unreachable = Unreachability.ReasonFor(exception) ?? (exception is DbException database ? DatabaseError.Of(database).Message : exception.Message);
            }
            foreach (var (statement, label) in connection is null ? [] : pending)
            {
                var (result, lost) = await DescribeAsync(pool, connection!, statement, label, statementTimeout, cancellationToken);
                if (lost is not null)
                {
                    unreachable = lost;
                    break;
                }
                checkedStatements.Add(result!);
                if (result!.Error is { } error)
                {
                    problems.Add(new CheckProblem(error.Message, error.Code, statement.Sql, label));
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        if (unreachable is not null)
        {
            problems.Add(new CheckProblem($"The datasource could not be reached ({unreachable}), so the SQL was not checked.", null, null, null));
        }
        var last = checkedStatements.Find(s => s.Sql == returning);
        return new SqlCheckReport(checkedStatements, problems, unreachable, last is { Error: null, Columns.Count: > 0 } ? last.Columns : null);
    }

    // Renders each sample case; when the template refuses the plain sample text (an ident or
    // sort_direction filter), tries an allowed identifier, then a sort direction.
    private static List<(string Label, TemplateRenderResult Result)> Render(SqlTemplate template, IReadOnlyList<ParamDefinition> parameters,
        IReadOnlySet<string> identifiers, SqlDialect dialect)
    {
        var texts = new[] { PlainText }.Concat(identifiers.Order(StringComparer.Ordinal).Take(1)).Append(SortDirection).ToArray();
        List<(string Label, TemplateRenderResult Result)> results = [];
        foreach (var text in texts)
        {
            results = SampleValues.For(parameters, text).Select(sample => (sample.Label, template.Render(sample.Values, dialect))).ToList();
            if (!results.Exists(r => r.Result.Failure == TemplateRenderFailure.ValueRefused))
            {
                break;
            }
        }
        return results;
    }

    // The statement checked, or why the connection was lost (then nothing more can be checked).
    private static async Task<(CheckedStatement? Result, string? Lost)> DescribeAsync(DatasourcePool pool, DbConnection connection, BoundStatement statement,
        string label, TimeSpan statementTimeout, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(statementTimeout);
        using var interrupt = pool.InterruptOnCancel(connection, statementTimeout, timeout.Token);
        try
        {
            var description = await pool.DescribeStatementAsync(connection, statement, timeout.Token);
            return (new CheckedStatement(statement.Sql, label, description.Columns, null, description.Checked), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var message = string.Create(CultureInfo.InvariantCulture,
                $"The database did not finish preparing the statement within the statement timeout ({statementTimeout.TotalSeconds:0.###} s).");
            return (new CheckedStatement(statement.Sql, label, [], new DatabaseError(message, null)), null);
        }
        catch (DbException exception) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = pool.Describe(connection, exception);
            if (failure.Kind == StatementFailureKind.Busy)
            {
                return (null, failure.Message);
            }
            if (Unreachability.ReasonFor(exception) is { } reason)
            {
                return (null, reason);
            }
            var error = DatabaseError.Of(exception);
            return (new CheckedStatement(statement.Sql, label, [], failure.Kind == StatementFailureKind.Refused ? error with { Message = failure.Message } : error), null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsConnectionFailure(exception))
        {
            return (null, Unreachability.ReasonFor(exception) ?? "connection lost");
        }
    }

    private static bool IsConnectionFailure(Exception exception) =>
        exception is DbException or TimeoutException or SocketException or IOException or InvalidOperationException;
}
