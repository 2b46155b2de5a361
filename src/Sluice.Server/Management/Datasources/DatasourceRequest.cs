using System.Text.Json;

namespace Sluice.Server.Management.Datasources;

/// <summary>A datasource as a client writes it. On update, absent fields keep their value;
/// <c>password: ""</c> clears the stored password.</summary>
internal sealed record DatasourceRequest(string? Name, string? ProductType, string? Host, int? Port, string? Database, string? Username,
    string? Password, JsonElement? Options, string? Description, bool? IsActive);
