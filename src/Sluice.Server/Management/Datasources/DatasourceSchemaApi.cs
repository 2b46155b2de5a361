using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Sluice.Core.Connectors;
using Sluice.Core.Connectors.Schema;
using Sluice.Core.Datasources;
using Sluice.Core.Permissions;
using Sluice.Core.Settings;
using Sluice.Server.Auth;
using Sluice.Server.Gateway;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Datasources;

/// <summary><c>GET /api/v1/datasources/{id}/schema</c>: the tables, views, columns and primary
/// keys an author writes templates against, read with the datasource's own account under the
/// statement timeout and cached for <see cref="SchemaCache.Lifetime"/> (<c>?refresh=true</c>
/// reads again).</summary>
internal static class DatasourceSchemaApi
{
    public static RouteGroupBuilder MapDatasourceSchemaApi(this RouteGroupBuilder datasources)
    {
        datasources.MapGet("/{id:long}/schema", Read).Produces<DatasourceSchemaResponse>().ProducesValidationProblem().ProducesProblem(404)
            .ProducesProblem(StatusCodes.Status502BadGateway).ProducesProblem(StatusCodes.Status503ServiceUnavailable).ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .RequirePermission(ResourceType.Datasource, PermissionAction.Read);
        return datasources;
    }

    private static async Task<IResult> Read(long id, HttpRequest request, DatasourceStore store, GatewaySnapshots snapshots, SchemaCache cache,
        SluiceSettings settings, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var refresh = ListQuery.Bool(request, "refresh", errors) ?? false;
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await store.FindAsync(id, cancellationToken) is not { } record)
        {
            return Problems.NotFound("datasource", id);
        }
        if (!refresh && cache.TryGet(record, out var cached, out var cachedAt))
        {
            return TypedResults.Ok(new DatasourceSchemaResponse(cached.Schemas, cachedAt, Cached: true));
        }
        if (DatasourceValidation.FileProblem(store.ToSpec(record), settings.Connectors.Files) is { } refused)
        {
            return refused;
        }
        var fetchedAt = time.GetUtcNow();
        var logger = loggers.CreateLogger(typeof(DatasourceSchemaApi));
        var (schema, problem) = await ReadAsync(record, store, snapshots, settings.Connectors, logger, cancellationToken);
        if (schema is null)
        {
            return problem!;
        }
        cache.Set(record, schema, fetchedAt);
        return TypedResults.Ok(new DatasourceSchemaResponse(schema.Schemas, fetchedAt, Cached: false));
    }

    private static async Task<(DatabaseSchema? Schema, IResult? Problem)> ReadAsync(DatasourceRecord record, DatasourceStore store, GatewaySnapshots snapshots,
        ConnectorLimits limits, ILogger logger, CancellationToken cancellationToken)
    {
        await using var borrowed = BorrowedPool.For(record, snapshots, store, limits);
        var pool = borrowed.Pool;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.StatementTimeout);
        DbConnection connection;
        try
        {
            connection = await pool.OpenAsync(timeout.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is DbException or TimeoutException
            or System.Net.Sockets.SocketException or OperationCanceledException or InvalidOperationException or IOException)
        {
            var reason = timeout.IsCancellationRequested ? "no connection within the connect timeout" : ConnectionFailure.ReasonFor(exception, pool.Spec);
            Log.SchemaUnreachable(logger, exception, record.Name, reason);
            return (null, Unreachable(record, reason));
        }
        await using (connection)
        {
            using var interrupt = pool.InterruptOnCancel(connection, limits.StatementTimeout, timeout.Token);
            try
            {
                return (await SchemaReader.ReadAsync(pool, connection, timeout.Token), null);
            }
            catch (Exception exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                _ = exception;
                Log.SchemaQueryTimedOut(logger, record.Name, limits.StatementTimeout.TotalSeconds);
                return (null, Problems.Status(StatusCodes.Status504GatewayTimeout, "Schema read timed out",
                    $"Reading the schema of datasource '{record.Name}' took longer than {limits.StatementTimeout.TotalSeconds:0.#} s (EXTERNAL_DB_STATEMENT_TIMEOUT) and was cancelled."));
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && Unreachability.ReasonFor(exception) is { } reason)
            {
                Log.SchemaUnreachable(logger, exception, record.Name, reason);
                return (null, Unreachable(record, reason));
            }
            catch (DbException exception) when (!cancellationToken.IsCancellationRequested)
            {
                Log.SchemaQueryFailed(logger, exception, record.Name);
                var failure = pool.Describe(connection, exception);
                return (null, failure.Kind == StatementFailureKind.Busy
                    ? Problems.Status(StatusCodes.Status503ServiceUnavailable, "Datasource busy", failure.Message)
                    : Problems.Status(StatusCodes.Status502BadGateway, "Schema read failed",
                        $"Datasource '{record.Name}' refused the catalog query: {failure.Message}"));
            }
        }
    }

    private static IResult Unreachable(DatasourceRecord record, string reason) =>
        Problems.Status(StatusCodes.Status503ServiceUnavailable, "Datasource unreachable",
            $"Datasource '{record.Name}' is unreachable: {reason}. Check it with POST /api/v1/datasources/{record.Id}/test, then retry.");
}
