using System.Text.Json.Nodes;
using Sluice.Core.Security;

namespace Sluice.Core.Datasources;

/// <summary>Secret-like datasource options — names containing <c>password</c>, <c>secret</c>,
/// <c>token</c> or <c>key</c> in any case, such as <c>SslPassword</c> — are write-only like the
/// password: sealed by <see cref="SecretBox"/> at rest, shown as <see cref="Mask"/>, and kept
/// when an update leaves them out or sends the mask back.</summary>
public static class SecretOptions
{
    /// <summary>What a secret option's value reads as.</summary>
    public const string Mask = "********";

    private static readonly string[] Markers = ["password", "secret", "token", "key"];

    /// <summary>True when an option with this name holds a secret.</summary>
    public static bool IsSecret(string name) => Markers.Any(marker => (name ?? "").Contains(marker, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stored form of <paramref name="options"/> (a JSON object as written) replacing
    /// <paramref name="stored"/>: secrets sealed; a secret left out, or sent as the mask or as its
    /// stored form, keeps its stored value; one sent as null or "" is removed.</summary>
    public static string? Seal(string? options, string? stored, SecretBox secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (options is null)
        {
            return null;
        }
        var next = JsonNode.Parse(options)!.AsObject();
        var current = stored is null ? new JsonObject() : JsonNode.Parse(stored)!.AsObject();
        foreach (var (name, value) in current.Where(option => IsSecret(option.Key) && Find(next, option.Key) is null).ToArray())
        {
            next[name] = value?.DeepClone();
        }
        foreach (var name in next.Select(option => option.Key).Where(IsSecret).ToArray())
        {
            var text = Text(next[name]);
            var kept = Find(current, name) is { } old ? Text(current[old]) : null;
            var value = string.IsNullOrEmpty(text) ? null : text == Mask || text == kept ? kept : secrets.Seal(text);
            if (value is null)
            {
                next.Remove(name);
            }
            else
            {
                // A value stored before options were sealed is sealed on its next write.
                next[name] = secrets.Open(value) is null ? secrets.Seal(value) : value;
            }
        }
        return next.ToJsonString();
    }

    /// <summary>The options to connect with: secrets opened.</summary>
    public static IReadOnlyDictionary<string, string> Open(string? stored, SecretBox secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        return DatasourceOptions.Parse(stored).ToDictionary(option => option.Key,
            option => IsSecret(option.Key) ? secrets.Open(option.Value) ?? option.Value : option.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The stored options as shown to clients: every secret replaced by <see cref="Mask"/>.</summary>
    public static string? Masked(string? stored)
    {
        if (stored is null)
        {
            return null;
        }
        var options = JsonNode.Parse(stored)!.AsObject();
        foreach (var name in options.Select(option => option.Key).Where(IsSecret).ToArray())
        {
            options[name] = Mask;
        }
        return options.ToJsonString();
    }

    private static string? Find(JsonObject options, string name) =>
        options.Select(option => option.Key).FirstOrDefault(key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase));

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => text,
        _ => value.ToJsonString(),
    };
}
