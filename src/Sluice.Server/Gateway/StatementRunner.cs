using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Connectors;
using Sluice.Core.Templates;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway;

/// <summary>Runs a bound command on one pooled connection: earlier statements first, all in
/// one transaction when there are several, then streams the last statement's rows (or its
/// rows-affected count) into the response.</summary>
internal static class StatementRunner
{
    public static async Task RunAsync(HttpContext context, ApiModel model, DbConnection connection, BoundCommand command,
        PageWindow? window, int maxRows, CancellationToken cancellationToken)
    {
        var pool = model.Datasource!.Pool;
        using var interrupt = pool.InterruptOnCancel(connection, model.StatementTimeout, cancellationToken);
        var statements = command.Statements;
        await using var transaction = statements.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken) : null;
        for (var i = 0; i < statements.Count - 1; i++)
        {
            await using var step = await pool.CreateCommandAsync(connection, statements[i], transaction, cancellationToken);
            await step.ExecuteNonQueryAsync(cancellationToken);
        }
        var last = statements[^1];
        ResultPage? page = null;
        if (window is not null)
        {
            long? total = null;
            if (window.CountTotal)
            {
                await using var count = await pool.CreateCommandAsync(connection, PageWindow.CountOf(last), transaction, cancellationToken);
                total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }
            last = window.Limit(last, pool.Dialect);
            page = new ResultPage(window.Page, window.PageSize, total);
        }
        await using var query = await pool.CreateCommandAsync(connection, last, transaction, cancellationToken);
        int? affected = null;
        if (pool.CountsRowsOnlyWithNonQuery && StatementShape.ReturnsNoRows(last.Sql))
        {
            affected = await query.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            if (reader.FieldCount == 0)
            {
                affected = reader.RecordsAffected;
            }
            else if (await ResultStreamer.WriteRowsAsync(context.Response, reader, ResultFormats.FromAccept(context.Request), maxRows, page, cancellationToken))
            {
                // Stop the server producing rows nobody reads; disposing the reader would drain them.
                query.Cancel();
            }
        }
        if (affected is not null)
        {
            // Some drivers finish a cancelled statement normally: a timeout must not pass for success.
            cancellationToken.ThrowIfCancellationRequested();
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        if (affected is { } rowsAffected)
        {
            await ResultStreamer.WriteRowsAffectedAsync(context.Response, rowsAffected, cancellationToken);
        }
    }
}
