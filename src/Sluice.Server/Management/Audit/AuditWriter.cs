using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sluice.Core.Audit;
using Sluice.Core.Auth;
using Sluice.Server.Gateway.Access;

namespace Sluice.Server.Management.Audit;

/// <summary>Appends audit entries for management requests, adding where each came from, and
/// counts them.</summary>
internal sealed class AuditWriter(AuditTrail trail, AuditMetrics metrics, ILogger<AuditWriter> logger)
{
    /// <summary>Appends <paramref name="entry"/> with the request's address and id. A failure is
    /// logged, not thrown: the change it describes is already committed, and answering 500 for
    /// it would only invite a retry that makes it twice.</summary>
    public async Task RecordAsync(HttpContext http, AuditEntry entry)
    {
        var complete = entry with { Ip = ClientAddress.Of(http), RequestId = http.TraceIdentifier };
        try
        {
            // Not the request's token: a caller that hangs up after the change still leaves a record.
            await trail.AppendAsync(complete, CancellationToken.None);
            metrics.Appended(complete.Action);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
        {
            Log.AppendFailed(logger, exception, complete.Action, complete.ResourceType, complete.ResourceId, http.TraceIdentifier);
        }
    }

    /// <summary>Records a password login: <c>login</c> with the user, or <c>login_failed</c> with
    /// the name typed and why. The password is never recorded.</summary>
    public Task LoginAsync(HttpContext http, string username, LoginOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Result == LoginResult.Success
            ? RecordAsync(http, new AuditEntry { Action = "login", UserId = outcome.User?.Id, Username = outcome.User?.Username ?? username, ResourceType = "user",
                ResourceId = outcome.User?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            : RecordAsync(http, new AuditEntry { Action = "login_failed", Username = username, Summary = FailureSummary(outcome.Result) });
    }

    private static string FailureSummary(LoginResult result) => result switch
    {
        LoginResult.LockedOut => """{"reason":"locked_out"}""",
        LoginResult.Inactive => """{"reason":"inactive"}""",
        _ => """{"reason":"invalid_credentials"}""",
    };
}
