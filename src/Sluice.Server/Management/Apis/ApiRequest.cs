using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Sluice.Server.Management.Apis;

/// <summary>An API as a client writes it; on update, absent fields keep their value. The
/// attributes describe the fields in /api/v1/openapi.json (required: on create).</summary>
internal sealed record ApiRequest(
    [property: Description("The module the API belongs to.")] long? ModuleId,
    [property: Required, Description("A name for people, up to 200 characters.")] string? Name,
    [property: Required, Description("The gateway path under /api/, such as users/{id}; each {name} needs a path parameter.")] string? Path,
    [property: Description("The HTTP method the gateway serves it under (default GET).")] string? HttpMethod,
    [property: Description("How it runs (default sql).")] string? ExecuteEngine,
    [property: Required, Description("The datasource a sql API runs on.")] long? DatasourceId,
    [property: Description("public: anyone may call it; private (default): callers need a client token.")] string? AccessType,
    [property: Description("Calls per minute per client; 0 is unlimited.")] int? RateLimitPerMinute,
    [property: Description("How long a statement may run, 1 to 86400 seconds.")] int? StatementTimeoutSeconds,
    [property: Description("Page the rows with ?page=&page_size= (the template must not end with its own LIMIT).")] bool? Pagination,
    [property: Description("The column names the template may write with the ident filter.")] JsonElement? Identifiers,
    [property: Description("The SQL template (Liquid syntax); every {{ expression }} becomes a bind parameter.")] string? Content,
    [property: Description("The parameters a request may carry; undeclared inputs never reach the template.")] JsonElement? Params,
    [property: Description("A JavaScript function of the rows and the parameters whose answer becomes the data: `(rows, params) => …` or `function transform(rows, params) { … }`; blank removes it.")] string? ResultTransform,
    [property: Description("What the API does, shown in /api/openapi.json.")] string? Description,
    [property: Description("Test cases: [{name, values, expect: {status, row_count, rows, contains}}], run by POST /api/v1/apis/{id}/tests/run and before a publish.")] JsonElement? Tests);
