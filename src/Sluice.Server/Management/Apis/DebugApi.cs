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
        GatewaySnapshots snapshots, SluiceSettings settings, DatasourceHealth health, ApiCompiler compiler, CancellationToken cancellationToken)
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
        var binder = ApiCompiler.BinderByName(definitions!);
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
        var parsed = TemplateCheck.Run(content!, new TemplateOptions { AllowedIdentifiers = identifiers, Macros = visibleMacros }, definitions!);
        errors.AddTemplateErrors("content", parsed.Errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var lease = BorrowedPool.For(record, snapshots, datasources, settings.Connectors);
        // The draft runs as the gateway would run it once published, through the same compiler and executor.
        var api = draft ?? new ApiRecord { ExecuteEngine = "sql", DatasourceId = record.Id };
        var version = new ApiVersionRecord
        {
            ApiId = api.Id,
            Content = content!,
            Params = JsonSerializer.Serialize(definitions, ApiJson.Options),
            Identifiers = JsonSerializer.Serialize(identifiers, ApiJson.Options),
            ResultTransform = api.ResultTransform,
        };
        var (model, problem) = compiler.Compile(api, version, new DatasourceModel(record, lease.Pool, health.For(record.Id)), visibleMacros, valuesByName: true);
        if (model is null)
        {
            errors.Add("content", problem!);
            return errors.ToProblem();
        }
        var maxRows = Math.Clamp(request.MaxRows ?? DefaultMaxRows, 1, settings.GatewayMaxResponseRows);
        var run = await AuthorRunner.RunAsync(model, request.Values, maxRows, settings.GatewayMaxResponseRows, cancellationToken);
        return TypedResults.Ok(DebugResponseOf(run));
    }

    /// <summary>The debug answer of an authoring run.</summary>
    public static DebugResponse DebugResponseOf(ApiRunResult run) =>
        new(run.Error is null, run.Error, run.Statements, run.Rows, run.RowsAffected, run.Truncated, run.Timings, run.Status, run.Data, run.Logs);

    private static List<ParamDefinition>? Definitions(JsonElement? given, string? stored, FieldErrors errors) =>
        given is { ValueKind: JsonValueKind.Array } json ? ApiValidation.ParseParams(json, errors) : [.. ApiJson.Params(stored ?? "[]")];
}
