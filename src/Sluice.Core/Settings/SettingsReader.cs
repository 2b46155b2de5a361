using System.Globalization;

namespace Sluice.Core.Settings;

/// <summary>Typed reads of raw setting values that collect every problem instead of stopping
/// at the first, so an operator sees all of them at once.</summary>
internal sealed class SettingsReader(IReadOnlyDictionary<string, string> values)
{
    private readonly List<SettingProblem> _errors = [];
    private readonly List<SettingProblem> _warnings = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<SettingProblem> Errors => _errors;
    public IReadOnlyList<SettingProblem> Warnings => _warnings;

    /// <summary>Every name read so far, set or not.</summary>
    public IReadOnlySet<string> Names => _names;

    public void Error(string name, string message, string fix) => _errors.Add(new SettingProblem(name, message, fix));
    public void Warning(string name, string message, string fix) => _warnings.Add(new SettingProblem(name, message, fix));

    /// <summary>The trimmed value, or null when unset or blank.</summary>
    public string? String(string name)
    {
        _names.Add(name);
        return values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    public string String(string name, string fallback) => String(name) ?? fallback;

    public bool IsSet(string name) => String(name) is not null;

    public int Int(string name, int fallback, int min, int max)
    {
        var raw = String(name);
        if (raw is null)
        {
            return fallback;
        }
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Error(name, $"'{raw}' is not a whole number from {min} to {max}.", $"set {name} to a number from {min} to {max}, or unset it for the default {fallback}.");
            return fallback;
        }
        return value;
    }

    public bool Bool(string name, bool fallback)
    {
        var raw = String(name);
        if (raw is null)
        {
            return fallback;
        }
        switch (raw.ToLowerInvariant())
        {
            case "1" or "true" or "yes" or "on":
                return true;
            case "0" or "false" or "no" or "off":
                return false;
            default:
                Error(name, $"'{raw}' is not a boolean.", $"set {name} to true or false.");
                return fallback;
        }
    }

    /// <summary>A list written as <c>a,b,c</c> or as a JSON array <c>["a","b"]</c>.</summary>
    public IReadOnlyList<string> List(string name)
    {
        var raw = String(name);
        if (raw is null)
        {
            return [];
        }
        if (raw.StartsWith('['))
        {
            raw = raw.Trim('[', ']');
        }
        return raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.Trim('"', '\''))
            .Where(item => item.Length > 0)
            .ToArray();
    }
}
