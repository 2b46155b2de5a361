namespace Sluice.Core.Scripting.Hosts;

/// <summary>What a run's <c>response</c> object set, read by the executor after the run: the
/// status and headers the gateway answers with.</summary>
public sealed class ScriptResponse
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The status the script set; null for the gateway's own.</summary>
    public int? Status { get; internal set; }

    /// <summary>The headers the script set, by name (case-insensitive; a later value replaces an earlier one).</summary>
    public IReadOnlyDictionary<string, string> Headers => _headers;

    internal void SetHeader(string name, string value) => _headers[name] = value;
}
