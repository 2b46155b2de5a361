using System.Collections.Frozen;

namespace Sluice.Core.Templates;

/// <summary>The identifiers a template's <c>ident</c> filter may emit, each quoted once per
/// dialect at parse time. A dotted name (<c>u.name</c>) must be listed whole; its parts are
/// quoted separately (<c>"u"."name"</c>).</summary>
internal sealed class IdentifierAllowList
{
    private const int MaxEchoedLength = 64;
    private readonly FrozenDictionary<string, SqlText[]> _quoted;
    private readonly string _description;

    private IdentifierAllowList(FrozenDictionary<string, SqlText[]> quoted, string description)
    {
        _quoted = quoted;
        _description = description;
    }

    /// <summary>Builds the list, or returns null and adds an error per unusable name.</summary>
    public static IdentifierAllowList? Create(IReadOnlySet<string> names, List<TemplateError> errors)
    {
        var quoted = new Dictionary<string, SqlText[]>(StringComparer.Ordinal);
        var valid = true;
        foreach (var name in names)
        {
            if (name.Length == 0 || name.Split('.').Any(part => part.Length == 0) || name.Any(char.IsControl)
                || ParameterMarkers.IndexOfAny(name) >= 0)
            {
                errors.Add(new TemplateError(0, 0, $"Allowed identifier '{name}' is empty, has an empty dotted part or a control character."));
                valid = false;
                continue;
            }
            var dialects = Enum.GetValues<SqlDialect>();
            var perDialect = new SqlText[dialects.Length];
            foreach (var dialect in dialects)
            {
                perDialect[(int)dialect] = new SqlText(Quote(name, dialect));
            }
            quoted[name] = perDialect;
        }
        var sorted = quoted.Keys.Order(StringComparer.Ordinal).ToArray();
        var description = sorted.Length == 0 ? "no identifiers are allowed" : "allowed: " + string.Join(", ", sorted);
        return valid ? new IdentifierAllowList(quoted.ToFrozenDictionary(StringComparer.Ordinal), description) : null;
    }

    /// <summary>The quoted identifier for <paramref name="value"/>, or a refusal naming the
    /// value and the allowed names.</summary>
    public SqlText Emit(object? value, SqlDialect dialect)
    {
        if (value is string name && _quoted.TryGetValue(name, out var perDialect))
        {
            return perDialect[(int)dialect];
        }
        throw Refused(value);
    }

    private TemplateRenderException Refused(object? value)
    {
        if (value is null)
        {
            return new TemplateRenderException($"ident: a value is required ({_description})", TemplateRenderFailure.ValueRefused);
        }
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (text.Length > MaxEchoedLength)
        {
            text = text[..MaxEchoedLength] + "...";
        }
        return new TemplateRenderException($"ident: '{text}' is not an allowed identifier ({_description})", TemplateRenderFailure.ValueRefused);
    }

    /// <summary>Quotes each dotted part: <c>"a"."b"</c>, or <c>`a`.`b`</c> on MySQL; a quote
    /// character inside a part is doubled.</summary>
    internal static string Quote(string name, SqlDialect dialect)
    {
        var quote = dialect == SqlDialect.MySql ? "`" : "\"";
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = quote + parts[i].Replace(quote, quote + quote, StringComparison.Ordinal) + quote;
        }
        return string.Join('.', parts);
    }
}
