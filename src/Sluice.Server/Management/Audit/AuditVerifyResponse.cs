using System.Text.Json;
using System.Text.Json.Serialization;
using Sluice.Core.Audit;

namespace Sluice.Server.Management.Audit;

/// <summary><c>{"valid": true}</c>, or <c>{"valid": false, "first_broken_id": n, "reason": "hash_mismatch"}</c>.</summary>
internal sealed record AuditVerifyResponse(
    bool Valid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? FirstBrokenId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason)
{
    public static AuditVerifyResponse From(AuditVerification verification) =>
        new(verification.Valid, verification.FirstBrokenId,
            verification.Break is { } kind ? JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString()) : null);
}
