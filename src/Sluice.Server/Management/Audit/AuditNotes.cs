using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Management.Audit;

/// <summary>Facts a handler learns while it works and the audit entry should show beside the
/// request body: say, which version number a publish without one chose. The recorder adds them
/// to the summary of a successful change.</summary>
internal static class AuditNotes
{
    private static readonly object Key = new();

    /// <summary>Adds (or replaces) one fact for this request's audit entry.</summary>
    public static void Add(HttpContext http, string name, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items[Key] is not JsonObject notes)
        {
            http.Items[Key] = notes = [];
        }
        notes[name] = value;
    }

    /// <summary>The facts added for this request, or null.</summary>
    public static JsonObject? Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items[Key] as JsonObject;
    }
}
