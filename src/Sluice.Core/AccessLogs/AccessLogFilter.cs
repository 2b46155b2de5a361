namespace Sluice.Core.AccessLogs;

/// <summary>Which access records to read; null fields do not filter.</summary>
/// <param name="ApiId">Records of this API.</param>
/// <param name="ModuleId">Records of the APIs in this module.</param>
/// <param name="GroupId">Records of the APIs this group grants.</param>
/// <param name="ClientId">Records of the client with this public client id.</param>
/// <param name="PathContains">Records whose path contains this text, ignoring case.</param>
/// <param name="Method">Records of this HTTP method.</param>
/// <param name="Ip">Records from this address.</param>
/// <param name="From">Records created at or after this time.</param>
/// <param name="To">Records created before this time.</param>
/// <param name="Success">True: status below 400; false: 400 and above.</param>
/// <param name="Status">Records with exactly this status.</param>
/// <param name="RequestId">The record of the request with this id (the <c>request_id</c> every gateway error answer carries).</param>
public sealed record AccessLogFilter(long? ApiId = null, long? ModuleId = null, long? GroupId = null, string? ClientId = null,
    string? PathContains = null, string? Method = null, string? Ip = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
    bool? Success = null, int? Status = null, string? RequestId = null);
