using System.Collections;
using System.Numerics;
using Scriban.Runtime;

namespace Sluice.Core.Templates;

/// <summary>What an output becomes in the SQL text. Values become parameters; lists become a
/// parenthesised list of parameters; only <see cref="SqlText"/> (from <c>ident</c>,
/// <c>sort_direction</c>, where/set blocks) and captured template output are written as text.</summary>
internal static class OutputBinder
{
    private static readonly Func<object?, object?> ListItem = item =>
        item is not null && IsList(item) ? throw NotBindable("a list inside a list") : Scalar(item);

    public static BoundOutput Bind(TemplateRenderContext context, object? value) => value switch
    {
        BoundOutput output => output,
        SqlText sql => new BoundOutput(sql.Text),
        // Text captured by {% capture %}: template text and markers of values already bound.
        IScriptOutput captured => new BoundOutput(captured.ToString() ?? ""),
        LikePattern like => new BoundOutput(context.AddParameter(like.Pattern).Text + LikeEscape.Clause(context.Dialect)),
        string text => context.AddParameter(text),
        IEnumerable items when IsList(items) => new BoundOutput(context.AddList(items, ListItem)),
        _ => context.AddParameter(Scalar(value)),
    };

    // ScriptArray is an IScriptObject too, so it is matched before objects are ruled out.
    private static bool IsList(object value) =>
        value is ScriptArray or IList and not byte[]
        || value is IEnumerable and not (string or byte[] or IDictionary or IScriptObject);

    /// <summary>The value as a database driver takes it: the binder's types as they are,
    /// Scriban's smaller integers widened to long.</summary>
    private static object? Scalar(object? value) => value switch
    {
        null => null,
        _ when BindsAsItIs(value) => value,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        ulong number => (decimal)number,
        BigInteger number => (decimal)number,
        float number => (double)number,
        char character => character.ToString(),
        LikePattern or SqlText or IScriptOutput => value.ToString(),
        IDictionary or IScriptObject => throw NotBindable("an object; bind one of its members instead, e.g. {{ filter.name }}"),
        _ => throw NotBindable($"a value of type {value.GetType().Name}"),
    };

    /// <summary>True for a value bound as it is, as one parameter: the binder's own types (and
    /// bytes), which a driver takes without conversion.</summary>
    internal static bool BindsAsItIs(object? value) => value is null or string or long or decimal or bool or double or DateOnly or DateTime
        or DateTimeOffset or TimeOnly or TimeSpan or Guid or byte[];

    private static TemplateRenderException NotBindable(string what) =>
        new($"Cannot bind {what}.");
}
