using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.Server.Management.Audit;

/// <summary>The summary of a change as the audit trail keeps it: the request's body as JSON,
/// with every property named like a credential (password, secret, token) masked at any depth,
/// plus route values other than the id, at most 8 KB.</summary>
internal static class AuditSummary
{
    public const int MaxBytes = 8 * 1024;
    public const string Mask = "***";

    // When a summary is too big, long texts (SQL, scripts) are cut to this many characters first.
    private const int ShortText = 256;

    private static readonly string[] CredentialWords = ["password", "secret", "token"];

    /// <summary>The summary text, or null when there is nothing to say.</summary>
    /// <param name="body">The bound request body, if the route takes one.</param>
    /// <param name="bodyType">Its declared type.</param>
    /// <param name="routeValues">Route values other than the resource id (say, a version id).</param>
    /// <param name="options">JSON options (snake_case names, nulls left out).</param>
    /// <param name="notes">Facts the handler added (<see cref="AuditNotes"/>); they win over body fields of the same name.</param>
    public static string? From(object? body, Type? bodyType, IEnumerable<KeyValuePair<string, string>> routeValues, JsonSerializerOptions options,
        JsonObject? notes = null)
    {
        ArgumentNullException.ThrowIfNull(routeValues);
        var summary = body is null ? new JsonObject() : JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(body, bodyType ?? body.GetType(), options)) switch
        {
            JsonObject fields => fields,
            var other => new JsonObject { ["body"] = other },
        };
        foreach (var (name, value) in routeValues)
        {
            summary[JsonNamingPolicy.SnakeCaseLower.ConvertName(name)] =
                long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : value;
        }
        foreach (var (name, value) in notes ?? new JsonObject())
        {
            summary[name] = value?.DeepClone();
        }
        if (summary.Count == 0)
        {
            return null;
        }
        Redact(summary);
        return Cap(summary);
    }

    /// <summary>Replaces the value of every property whose name contains password, secret or
    /// token (any case), at any depth, with <see cref="Mask"/>; and of every secret-like entry of an
    /// <c>options</c> object (datasource options such as <c>SslKey</c>).</summary>
    public static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject fields:
                foreach (var name in fields.Select(field => field.Key).ToArray())
                {
                    if (IsCredential(name))
                    {
                        fields[name] = Mask;
                    }
                    else if (name == "options" && fields[name] is JsonObject options)
                    {
                        // Datasource options: secret-like ones (SslKey…) are credentials too.
                        foreach (var option in options.Select(option => option.Key).Where(Sluice.Core.Datasources.SecretOptions.IsSecret).ToArray())
                        {
                            options[option] = Mask;
                        }
                        Redact(options);
                    }
                    else
                    {
                        Redact(fields[name]);
                    }
                }
                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Redact(item);
                }
                break;
        }
    }

    /// <summary>True when a field so named holds a credential: its name contains password,
    /// secret or token, in any case.</summary>
    public static bool IsCredential(string name) =>
        CredentialWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    // Within the cap the summary is kept whole; past it, long texts are shortened; if it is still
    // too big, only its size is kept. Always valid JSON.
    private static string Cap(JsonObject summary)
    {
        var text = summary.ToJsonString();
        if (Encoding.UTF8.GetByteCount(text) <= MaxBytes)
        {
            return text;
        }
        var bytes = Encoding.UTF8.GetByteCount(text);
        Shorten(summary);
        var shortened = summary.ToJsonString();
        return Encoding.UTF8.GetByteCount(shortened) <= MaxBytes
            ? shortened
            : new JsonObject { ["truncated"] = true, ["bytes"] = bytes }.ToJsonString();
    }

    private static void Shorten(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject fields:
                foreach (var name in fields.Select(field => field.Key).ToArray())
                {
                    if (Long(fields[name]) is { } text)
                    {
                        fields[name] = text;
                    }
                    else
                    {
                        Shorten(fields[name]);
                    }
                }
                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    if (Long(items[i]) is { } text)
                    {
                        items[i] = text;
                    }
                    else
                    {
                        Shorten(items[i]);
                    }
                }
                break;
        }
    }

    // A string longer than ShortText, cut to it (never inside a surrogate pair) with an ellipsis;
    // null for anything else.
    private static string? Long(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String || value.GetValue<string>() is not { Length: > ShortText } text)
        {
            return null;
        }
        var length = char.IsHighSurrogate(text[ShortText - 1]) ? ShortText - 1 : ShortText;
        return string.Concat(text.AsSpan(0, length), "…");
    }
}
