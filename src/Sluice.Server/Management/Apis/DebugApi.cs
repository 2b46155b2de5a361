using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Apis;
using Sluice.Core.Datasources;
using Sluice.Core.Macros;
using Sluice.Core.Parameters;
using Sluice.Core.Permissions;
using Sluice.Core.Settings;
using Sluice.Core.Templates;
using Sluice.Server.Auth;
using Sluice.Server.Gateway;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Management.Apis;

/// <summary><c>POST /api/v1/apis/debug</c>: runs a draft with given values and shows exactly
/// what was sent to the database and what came back.</summary>
internal static class DebugApi
{
    private const int DefaultMaxRows = 100;

    public static RouteGroupBuilder MapDebugApi(this RouteGroupBuilder api)
    {
        api.MapPost("/apis/debug", Debug).WithTags("apis").Produces<DebugResponse>().ProducesValidationProblem().ProducesProblem(404).RequirePermission(ResourceType.Api, PermissionAction.Execute, idRouteValue: null);
        return api;
    }

    private static async Task<IResult> Debug(DebugRequest request, HttpContext http, ApiStore apis, DatasourceStore datasources, MacroStore macros,
        GatewaySnapshots snapshots, SluiceSettings settings, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var draft = request.ApiId is { } apiId ? await apis.FindAsync(apiId, cancellationToken) : null;
        if (request.ApiId is { } missing && draft is null)
        {
            return Hosting.Problems.NotFound("API", missing);
        }
        var content = request.Content ?? draft?.Content;
        var datasourceId = request.DatasourceId ?? draft?.DatasourceId;
        if (errors.Require("content", content))
        {
            errors.MaxLength("content", content, settings.SqlTemplateMaxSize, ApiValidation.TemplateSizeSetting);
        }
        if (datasourceId is null)
        {
            errors.Add("datasource_id", "is required.");
        }
        if (request.ExecuteEngine is { } engine && engine != "sql")
        {
            errors.Add("execute_engine", "only sql can be debugged.");
        }
        var definitions = Definitions(request.Params, draft?.Params, errors);
        var identifiers = request.Identifiers is { ValueKind: JsonValueKind.Array } ids
            ? ids.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()! : "").ToHashSet(StringComparer.Ordinal)
            : ApiJson.Identifiers(draft?.Identifiers ?? "[]");
        var record = datasourceId is { } id ? await datasources.FindAsync(id, cancellationToken) : null;
        if (datasourceId is { } unknown && record is null)
        {
            errors.Add("datasource_id", $"there is no datasource {unknown}.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var binder = ParameterBinder.Compile(definitions!);
        foreach (var error in binder.Errors)
        {
            errors.Add("params", error);
        }
        var published = await macros.PublishedAsync(cancellationToken);
        // A debug run reads the datasource with any SQL the caller writes.
        if (ReferenceAccess.Of(http).Require(ResourceType.Api, draft?.Id, "api_id").Require(ResourceType.Datasource, record!.Id, "datasource_id")
                .RequireMacros(content, published, draft?.ModuleId).Refusal() is { } refused)
        {
            return refused;
        }
        var visibleMacros = MacroScope.For(published, draft?.ModuleId);
        var parsed = SqlTemplate.Parse(content!, new TemplateOptions { AllowedIdentifiers = identifiers, Macros = visibleMacros });
        foreach (var error in parsed.Errors)
        {
            errors.Add("content", $"line {error.Line}, column {error.Column}: {error.Message}");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var clock = Stopwatch.StartNew();
        var bound = binder.Binder!.Bind(new RequestInputs { Body = ValuesAsBody(request.Values) });
        var bindMs = clock.Elapsed.TotalMilliseconds;
        if (!bound.IsValid)
        {
            return TypedResults.Ok(Failed(string.Join(" ", bound.Errors.Select(e => e.Message)), [], bindMs, 0, 0));
        }
        clock.Restart();
        var product = record!.Product;
        var rendered = parsed.Template!.Render(bound.Values, product.Dialect());
        var renderMs = clock.Elapsed.TotalMilliseconds;
        if (rendered.Command is null)
        {
            return TypedResults.Ok(Failed(rendered.Error!, [], bindMs, renderMs, 0));
        }
        var statements = rendered.Command.Statements.Select(s => new DebugStatement(s.Sql, s.Values)).ToArray();
        await using var lease = DatasourceLease.For(record, snapshots, datasources, settings);
        var pool = lease.Pool;
        clock.Restart();
        System.Data.Common.DbConnection? connection = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var statementTimeout = draft?.StatementTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : settings.Connectors.StatementTimeout;
            timeout.CancelAfter(statementTimeout);
            connection = await pool.OpenAsync(timeout.Token);
            using var interrupt = pool.InterruptOnCancel(connection, statementTimeout, timeout.Token);
            await using var transaction = await connection.BeginTransactionAsync(timeout.Token);
            for (var i = 0; i < rendered.Command.Statements.Count - 1; i++)
            {
                await using var step = await pool.CreateCommandAsync(connection, rendered.Command.Statements[i], transaction, timeout.Token);
                await step.ExecuteNonQueryAsync(timeout.Token);
            }
            await using var last = await pool.CreateCommandAsync(connection, rendered.Command.Statements[^1], transaction, timeout.Token);
            await using var reader = await last.ExecuteReaderAsync(timeout.Token);
            var maxRows = Math.Clamp(request.MaxRows ?? DefaultMaxRows, 1, settings.GatewayMaxResponseRows);
            JsonElement? rows = null;
            var truncated = false;
            if (reader.FieldCount > 0)
            {
                (rows, truncated) = await RowBuffer.ReadAsync(reader, maxRows, timeout.Token);
                if (truncated)
                {
                    last.Cancel();
                }
            }
            var affected = reader.FieldCount == 0 ? reader.RecordsAffected : (int?)null;
            await reader.DisposeAsync();
            // A debug run leaves the database as it found it.
            await transaction.RollbackAsync(CancellationToken.None);
            return TypedResults.Ok(new DebugResponse(true, null, statements, rows, affected, truncated,
                new DebugTimings(bindMs, renderMs, clock.Elapsed.TotalMilliseconds)));
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            var message = exception switch
            {
                OperationCanceledException when !cancellationToken.IsCancellationRequested => "The query exceeded its statement timeout.",
                System.Data.Common.DbException database => pool.Describe(connection, database).Message,
                _ => exception.Message,
            };
            return TypedResults.Ok(Failed(message, statements, bindMs, renderMs, clock.Elapsed.TotalMilliseconds));
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static List<ParamDefinition>? Definitions(JsonElement? given, string? stored, FieldErrors errors)
    {
        var definitions = given is { ValueKind: JsonValueKind.Array } json ? ApiValidation.ParseParams(json, errors) : [.. ApiJson.Params(stored ?? "[]")];
        // Debug values arrive as one JSON object, whatever each parameter's usual location.
        return definitions?.Select(d => d with { Location = ParamLocation.Body }).ToList();
    }

    private static JsonElement ValuesAsBody(Dictionary<string, JsonElement>? values) =>
        JsonSerializer.SerializeToElement(values ?? []);

    private static DebugResponse Failed(string error, IReadOnlyList<DebugStatement> statements, double bindMs, double renderMs, double executeMs) =>
        new(false, error, statements, null, null, false, new DebugTimings(bindMs, renderMs, executeMs));
}
