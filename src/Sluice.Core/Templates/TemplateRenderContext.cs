using System.Text;
using Scriban;
using Scriban.Parsing;

namespace Sluice.Core.Templates;

/// <summary>The state of one render: the dialect, the values bound so far, and the template's
/// allow-list and clock. A fresh one per render; the parsed template and the function table
/// it reads are shared.</summary>
internal sealed class TemplateRenderContext : LiquidTemplateContext
{
    // A template cannot spin or balloon: loops stop at LoopLimit iterations, output at
    // OutputLimit characters, regular expressions at RegexTimeOut. Scriban truncates at its
    // limits by default, which would cut SQL or values short; here every limit fails the render.
    private const int MaxLoopIterations = 10_000;
    private const int MaxRecursion = 64;
    private const int MaxOutputChars = 4 * 1024 * 1024;

    private readonly List<object?> _values = [];
    private readonly StringBuilder _markers = new();

    public TemplateRenderContext(SqlDialect dialect, IdentifierAllowList identifiers, TimeProvider timeProvider)
    {
        Dialect = dialect;
        Identifiers = identifiers;
        TimeProvider = timeProvider;
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = MaxRecursion;
        OutputLimit = MaxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = TimeSpan.FromMilliseconds(100);
        StrictVariables = false;
        PushGlobal(TemplateFunctions.Shared);
    }

    public SqlDialect Dialect { get; }

    public IdentifierAllowList Identifiers { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Every value bound so far, in binding order; markers carry indexes into it.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>Binds <paramref name="value"/> and returns its marker text.</summary>
    public string AddParameter(object? value)
    {
        _markers.Clear();
        AppendParameter(value);
        return _markers.ToString();
    }

    /// <summary>Binds each item and returns <c>(m1, m2, ...)</c>, or <c>(NULL)</c> for no items.</summary>
    public string AddList(IReadOnlyList<object?> items)
    {
        if (items.Count == 0)
        {
            return "(NULL)";
        }
        _markers.Clear().Append('(');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _markers.Append(", ");
            }
            AppendParameter(items[i]);
        }
        return _markers.Append(')').ToString();
    }

    /// <summary>Every output reaches the text through here: a <see cref="BoundOutput"/> is
    /// written as is, anything else is bound first. (Scriban skips null outputs, which is why
    /// the parser also wraps every output in the bind function.)</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, (textAsObject as BoundOutput ?? OutputBinder.Bind(this, textAsObject)).Text);

    private void AppendParameter(object? value)
    {
        ParameterMarkers.Append(_markers, _values.Count);
        _values.Add(value);
    }
}
