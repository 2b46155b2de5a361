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
using Sluice.Server.Gateway.Execution;

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
        GatewaySnapshots snapshots, SluiceSettings settings, DatasourceHealth health, ApiCompiler compiler, ExecutorServices services,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var draft = request.ApiId is { } apiId ? await apis.FindAsync(apiId, cancellationToken) : null;
        if (request.ApiId is { } missing && draft is null)
        {
            return Hosting.Problems.NotFound("API", missing);
        }
        var engine = request.ExecuteEngine?.Trim().ToLowerInvariant() ?? draft?.ExecuteEngine ?? "sql";
        var script = engine == "script";
        var content = request.Content ?? draft?.Content;
        var datasourceId = request.DatasourceId ?? draft?.DatasourceId;
        var transform = request.ResultTransform ?? draft?.ResultTransform;
        errors.OneOf("execute_engine", engine, EnumFields.ExecuteEngines);
        if (errors.Require("content", content))
        {
            errors.MaxLength("content", content, settings.SqlTemplateMaxSize, ApiValidation.TemplateSizeSetting);
        }
        if (datasourceId is null && !script)
        {
            errors.Add("datasource_id", "is required for a sql API.");
        }
        var definitions = Definitions(request.Params, draft?.Params, errors);
        if (definitions is not null)
        {
            ApiValidation.CheckValidators(definitions, errors);
        }
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
        foreach (var error in ApiCompiler.BinderByName(definitions!).Errors)
        {
            errors.Add("params", error);
        }
        var published = await macros.PublishedAsync(cancellationToken);
        // A debug run reads the datasource with any SQL or script the caller writes.
        var access = ReferenceAccess.Of(http).Require(ResourceType.Api, draft?.Id, "api_id").Require(ResourceType.Datasource, record?.Id, "datasource_id");
        if (access.RequireMacros(content, published, draft?.ModuleId, script: script).Refusal() is { } refused)
        {
            return refused;
        }
        if (script)
        {
            ApiValidation.CheckScript(content!, MacroScope.ScriptsFor(published, draft?.ModuleId), errors);
        }
        else
        {
            var parsed = TemplateCheck.Run(content!, new TemplateOptions { AllowedIdentifiers = identifiers, Macros = MacroScope.For(published, draft?.ModuleId) },
                definitions!);
            errors.AddTemplateErrors("content", parsed.Errors);
            ApiValidation.CheckTransform(transform, errors);
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var lease = record is null ? null : BorrowedPool.For(record, snapshots, datasources, settings.Connectors);
        // The draft runs as the gateway would run it once published, through the same compiler and executor.
        var api = new ApiRecord
        {
            Id = draft?.Id ?? 0,
            ModuleId = draft?.ModuleId,
            Name = draft?.Name ?? "debug",
            Path = draft?.Path ?? "debug",
            ExecuteEngine = engine,
            DatasourceId = record?.Id,
            StatementTimeoutSeconds = draft?.StatementTimeoutSeconds,
            Pagination = draft?.Pagination ?? false,
        };
        var version = new ApiVersionRecord
        {
            ApiId = api.Id,
            Content = content!,
            Params = JsonSerializer.Serialize(definitions, ApiJson.Options),
            Identifiers = JsonSerializer.Serialize(identifiers, ApiJson.Options),
            ResultTransform = script ? null : transform,
        };
        var datasource = record is null ? null : new DatasourceModel(record, lease!.Pool, health.For(record.Id));
        var (model, problem) = compiler.Compile(api, version, datasource, published, valuesByName: true);
        if (model is null)
        {
            errors.Add("content", problem!);
            return errors.ToProblem();
        }
        var maxRows = Math.Clamp(request.MaxRows ?? DefaultMaxRows, 1, settings.GatewayMaxResponseRows);
        var run = await AuthorRunner.RunAsync(model, services, request.Values, maxRows, cancellationToken);
        return TypedResults.Ok(DebugResponseOf(run));
    }

    /// <summary>The debug answer of an authoring run.</summary>
    public static DebugResponse DebugResponseOf(ApiRunResult run) =>
        new(run.Error is null, run.Error, run.Statements, run.Rows, run.RowsAffected, run.Truncated, run.Timings, run.Status, run.Data, run.Logs);

    private static List<ParamDefinition>? Definitions(JsonElement? given, string? stored, FieldErrors errors) =>
        given is { ValueKind: JsonValueKind.Array } json ? ApiValidation.ParseParams(json, errors) : [.. ApiJson.Params(stored ?? "[]")];
}
