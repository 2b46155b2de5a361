namespace Sluice.Core.Apis;

/// <summary>A row of the <c>apis</c> table: the live settings of an API and its editable draft.</summary>
public sealed class ApiRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>Owning module, if any.</summary>
    public long? ModuleId { get; init; }
    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";
    /// <summary>Path under <c>/api/</c>, e.g. <c>orders/{id}/items</c>.</summary>
    public string Path { get; init; } = "";
    /// <summary>GET, POST, PUT, PATCH or DELETE.</summary>
    public string HttpMethod { get; init; } = "GET";
    /// <summary><c>sql</c> or <c>script</c>.</summary>
    public string ExecuteEngine { get; init; } = "sql";
    /// <summary>The datasource the statements run on.</summary>
    public long? DatasourceId { get; init; }
    /// <summary><c>public</c> or <c>private</c>.</summary>
    public string AccessType { get; init; } = "private";
    /// <summary>Per-client limit for this API, if set.</summary>
    public int? RateLimitPerMinute { get; init; }
    /// <summary>Overrides <c>EXTERNAL_DB_STATEMENT_TIMEOUT</c> for this API.</summary>
    public int? StatementTimeoutSeconds { get; init; }
    /// <summary>Whether <c>?page=&amp;page_size=</c> pagination is on.</summary>
    public bool Pagination { get; init; }
    /// <summary>Draft: JSON array of identifiers the <c>ident</c> filter accepts.</summary>
    public string Identifiers { get; init; } = "[]";
    /// <summary>Draft: the SQL template.</summary>
    public string Content { get; init; } = "";
    /// <summary>Draft: JSON array of parameter definitions.</summary>
    public string Params { get; init; } = "[]";
    /// <summary>Draft: result transform, if any.</summary>
    public string? ResultTransform { get; init; }
    /// <summary>Draft: JSON array of test cases (<see cref="ApiTestCase"/>).</summary>
    public string Tests { get; init; } = "[]";
    /// <summary>For people and the consumer OpenAPI document.</summary>
    public string? Description { get; init; }
    /// <summary>The version the gateway serves; null when unpublished.</summary>
    public long? PublishedVersionId { get; init; }
    /// <summary>The per-API number of the published version; null when unpublished.</summary>
    public int? PublishedVersion { get; init; }
    /// <summary>User who created it.</summary>
    public long? CreatedBy { get; init; }
    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
