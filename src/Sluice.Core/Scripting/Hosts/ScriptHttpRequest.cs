using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>A request as a script asked for it, checked for form (not yet for destination).</summary>
/// <param name="Call">The method as the script called it, e.g. <c>http.get</c>, for messages.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The absolute URL.</param>
/// <param name="Body">The body: a string is sent as text/plain, anything else as JSON; null sends none.</param>
/// <param name="Headers">Headers to send, already checked by <see cref="HeaderRules"/>.</param>
internal sealed record ScriptHttpRequest(string Call, HttpMethod Method, Uri Url, JsonNode? Body,
    IReadOnlyList<KeyValuePair<string, string>> Headers);
