using Sluice.Core.AccessLogs;

namespace Sluice.Server.Observability.AccessLogs;

/// <summary>Where the gateway hands each request's access record.</summary>
internal interface IAccessLog
{
    /// <summary>Queues <paramref name="record"/> for writing. Called on the request path: never
    /// blocks and never throws. A record that cannot be queued is dropped and counted.</summary>
    void Record(AccessRecord record);
}
