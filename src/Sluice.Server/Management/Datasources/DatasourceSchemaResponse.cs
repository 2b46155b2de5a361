using Sluice.Core.Connectors.Schema;

namespace Sluice.Server.Management.Datasources;

/// <summary>The answer of <c>GET /api/v1/datasources/{id}/schema</c>.</summary>
/// <param name="Schemas">The schemas with their tables and views.</param>
/// <param name="FetchedAt">When the database was asked.</param>
/// <param name="Cached">True when the answer came from the cache rather than the database.</param>
internal sealed record DatasourceSchemaResponse(IReadOnlyList<NamedSchema> Schemas, DateTimeOffset FetchedAt, bool Cached);
