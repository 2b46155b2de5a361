using System.ComponentModel;
using System.Text.Json;

namespace Sluice.Server.Management.Apis;

/// <summary>What to debug: a saved API's draft (<c>api_id</c>) or an unsaved one (content,
/// datasource, params), with input values by parameter name.</summary>
internal sealed record DebugRequest(
    [property: Description("A saved API whose draft runs; leave out to run content instead.")] long? ApiId,
    [property: Description("An unsaved SQL template or script to run (with datasource_id and params); leave out to run the saved draft's.")] string? Content,
    [property: Description("The datasource it runs on (required for sql, optional for a script).")] long? DatasourceId,
    [property: Description("sql or script; the saved API's engine when left out.")] string? ExecuteEngine,
    [property: Description("The parameters of an unsaved template.")] JsonElement? Params,
    [property: Description("The column names an unsaved template may write with the ident filter.")] JsonElement? Identifiers,
    [property: Description("Input values by parameter name.")] Dictionary<string, JsonElement>? Values,
    [property: Description("The most rows to return.")] int? MaxRows,
    [property: Description("A result transform to apply to a sql run's rows; the saved draft's when left out.")] string? ResultTransform = null);
