using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Sluice.Server.Management.Datasources;

/// <summary>A datasource as a client writes it. On update, absent fields keep their value;
/// <c>password: ""</c> clears the stored password.</summary>
internal sealed record DatasourceRequest(
    [property: Required, Description("A unique name, up to 100 characters.")] string? Name,
    [property: Required, Description("The database engine (mysql also serves MariaDB).")] string? ProductType,
    [property: Description("The server's host name; required for postgres and mysql.")] string? Host,
    [property: Description("The server's port, 1 to 65535.")] int? Port,
    [property: Required, Description("The database name; for sqlite and duckdb, the file path (under DATASOURCE_FILE_ROOTS).")] string? Database,
    [property: Description("The user to connect as.")] string? Username,
    [property: Description("Write-only: encrypted at rest and never returned; \"\" clears it.")] string? Password,
    [property: Description("Driver settings (string, number or boolean values); secret-looking ones are write-only.")] JsonElement? Options,
    [property: Description("Notes for people, up to 2000 characters.")] string? Description,
    [property: Description("An inactive datasource answers 503 at the gateway.")] bool? IsActive);
