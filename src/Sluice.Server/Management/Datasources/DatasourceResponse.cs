using System.Text.Json;
using System.Text.Json.Serialization;
using Sluice.Core.Datasources;

namespace Sluice.Server.Management.Datasources;

/// <summary>A datasource as the API shows it: the password never, only whether one is set;
/// secret-like options as a mask. <c>last_error</c>/<c>last_error_at</c> and <c>last_ok_at</c>
/// are what gateway traffic last met (written in the background, so up to a few seconds old);
/// the datasource has recovered when <c>last_ok_at</c> is newer than <c>last_error_at</c>.</summary>
internal sealed record DatasourceResponse(long Id, string Name, string ProductType, string? Host, int? Port, string Database, string? Username,
    bool HasPassword, JsonElement? Options, string? Description, bool IsActive, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    string? LastError, DateTimeOffset? LastErrorAt, DateTimeOffset? LastOkAt)
{
    /// <summary>The connection test a create or update ran; absent from reads.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConnectionTestResponse? Connection { get; init; }

    public static DatasourceResponse From(DatasourceRecord record) => new(record.Id, record.Name, record.ProductType, record.Host, record.Port,
        record.Database, record.Username, record.PasswordEncrypted is not null,
        SecretOptions.Masked(record.Options) is { } options ? JsonDocument.Parse(options).RootElement.Clone() : null, record.Description, record.IsActive,
        record.CreatedAt, record.UpdatedAt, record.LastError, record.LastErrorAt, record.LastOkAt);
}
