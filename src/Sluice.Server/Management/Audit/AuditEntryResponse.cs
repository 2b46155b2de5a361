using System.Text.Json;
using System.Text.Json.Nodes;
using Sluice.Core.Audit;

namespace Sluice.Server.Management.Audit;

/// <summary>An audit entry as the API shows it; the summary is JSON, not a string of it.</summary>
internal sealed record AuditEntryResponse(long Id, DateTimeOffset CreatedAt, long? UserId, string? Username, string Action, string? ResourceType,
    string? ResourceId, JsonNode? Summary, string? Ip, string? RequestId, string PrevHash, string Hash)
{
    public static AuditEntryResponse From(AuditRecord record) =>
        new(record.Id, record.CreatedAt, record.UserId, record.Username, record.Action, record.ResourceType, record.ResourceId, Parse(record.Summary),
            record.Ip, record.RequestId, record.PrevHash, record.Hash);

    // A summary that is not JSON (changed by hand) is shown as the text it is.
    private static JsonNode? Parse(string? summary)
    {
        if (summary is null)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(summary);
        }
        catch (JsonException)
        {
            return JsonValue.Create(summary);
        }
    }
}
