using Microsoft.AspNetCore.Http;
using Sluice.Core.Templates;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management;

/// <summary>Collects a message per invalid field, so one 400 names every problem.</summary>
internal sealed class FieldErrors
{
    private const int MaxEchoedLength = 100;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly List<TemplateError> _templateErrors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>Adds "is required." when <paramref name="value"/> is blank; returns whether it was present.</summary>
    public bool Require(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        Add(field, "is required.");
        return false;
    }

    /// <summary>Checks a text length; blank is allowed unless required separately.</summary>
    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, $"must be at most {max} characters.");
        }
    }

    /// <summary>Checks a text length against a limit an operator sets, naming the size, the limit
    /// and the setting; returns whether the text fits.</summary>
    public bool MaxLength(string field, string? value, int max, string setting)
    {
        if (value is null || value.Length <= max)
        {
            return true;
        }
        Add(field, $"is {value.Length} characters long; the limit is {max} characters ({setting}).");
        return false;
    }

    /// <summary>Adds "'x' is not valid; use one of …" unless <paramref name="value"/> is one of
    /// <paramref name="valid"/> (in any case); returns whether it was. Blank passes: whether a
    /// value is required is checked separately.</summary>
    public bool OneOf(string field, string? value, IReadOnlyList<string> valid)
    {
        if (string.IsNullOrWhiteSpace(value) || valid.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        Add(field, NotOneOf(value, valid));
        return false;
    }

    /// <summary>The message for a value outside a field's fixed set: it lists the set.</summary>
    public static string NotOneOf(string value, IReadOnlyList<string> valid) => string.IsNullOrWhiteSpace(value)
        ? $"is required; use one of {string.Join(", ", valid)}."
        : $"'{(value.Length <= MaxEchoedLength ? value : value[..MaxEchoedLength] + "…")}' is not valid; use one of {string.Join(", ", valid)}.";


    /// <summary>Adds a template's problems to <paramref name="field"/> as "line L, column C:
    /// message", and to the problem's <c>template_errors</c> list as <c>{line, column, message,
    /// name}</c> objects, so an editor can underline each one.</summary>
    public void AddTemplateErrors(string field, IEnumerable<TemplateError> errors)
    {
        foreach (var error in errors)
        {
            Add(field, error.ToString());
            _templateErrors.Add(error);
        }
    }

    public IResult ToProblem() => Problems.Invalid(_errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal),
        _templateErrors.Count == 0 ? null : new Dictionary<string, object?> { ["template_errors"] = _templateErrors.ToArray() });
}
