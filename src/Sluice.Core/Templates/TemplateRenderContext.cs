using System.Collections;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Sluice.Core.Templates;

/// <summary>The state of one render: the dialect, the values bound so far, and the template's
/// allow-list and clock. The parsed template and the function table it reads are shared.</summary>
/// <remarks>
/// Building a context is most of a render's cost (Liquid's builtin function table and
/// Scriban's pools, about 35 KB), so each thread keeps one and reuses it for its next render:
/// <see cref="Rent"/> takes it (or builds one), <see cref="Return"/> clears it and gives it
/// back. A thread's context is never shared, so renders of one template on many threads stay
/// independent. Only a render that completed is returned; one that threw may have left
/// Scriban's stacks half way, so its context is dropped.
/// </remarks>
internal sealed class TemplateRenderContext : LiquidTemplateContext
{
    // A template cannot spin or balloon: loops stop at LoopLimit iterations, output at
    // OutputLimit characters, regular expressions at RegexTimeOut. Scriban truncates at its
    // limits by default, which would cut SQL or values short; here every limit fails the render.
    private const int MaxLoopIterations = 10_000;
    private const int MaxRecursion = 64;
    private const int MaxOutputChars = 4 * 1024 * 1024;

    // A context that grew past these (a huge render) is left to the GC rather than kept.
    private const int MaxKeptChars = 64 * 1024;
    private const int MaxKeptValues = 1024;

    [ThreadStatic]
    private static TemplateRenderContext? t_idle;

    private readonly List<object?> _values = [];
    private readonly StringBuilder _markers = new();
    private readonly ScriptObject _globals = new();

    private TemplateRenderContext()
    {
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = MaxRecursion;
        OutputLimit = MaxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = TimeSpan.FromMilliseconds(100);
        StrictVariables = false;
    }

    public SqlDialect Dialect { get; private set; }

    public IdentifierAllowList Identifiers { get; private set; } = null!;

    public TimeProvider TimeProvider { get; private set; } = null!;

    /// <summary>Every value bound so far, in binding order; markers carry indexes into it.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>Scratch space for turning the rendered text into statements.</summary>
    public StringBuilder Sql { get; } = new();

    /// <summary>Scratch space for one statement's values.</summary>
    public List<object?> StatementValues { get; } = [];

    /// <summary>This thread's idle context, or a new one, ready to render with
    /// <paramref name="values"/> as its variables.</summary>
    public static TemplateRenderContext Rent(SqlDialect dialect, IdentifierAllowList identifiers, TimeProvider timeProvider,
        IReadOnlyDictionary<string, object?> values, string[] nullDefaults)
    {
        var context = t_idle ?? new TemplateRenderContext();
        t_idle = null;
        context.Dialect = dialect;
        context.Identifiers = identifiers;
        context.TimeProvider = timeProvider;
        context.PushGlobal(TemplateFunctions.Shared);
        ScriptValues.Fill(context._globals, values, nullDefaults);
        context.PushGlobal(context._globals);
        return context;
    }

    /// <summary>Clears a context whose render completed and keeps it for this thread's next render.</summary>
    public static void Return(TemplateRenderContext context)
    {
        // Reset pops every global but the builtins and empties the output; the rest is ours,
        // and Tags holds Liquid's cycle positions.
        context.Reset();
        context.Tags.Clear();
        context._globals.Clear();
        context._values.Clear();
        context.StatementValues.Clear();
        context.Sql.Clear();
        context.Identifiers = null!;
        context.TimeProvider = null!;
        if (context.Output is StringBuilderOutput { Builder.Capacity: <= MaxKeptChars }
            && context.Sql.Capacity <= MaxKeptChars
            && context._values.Capacity <= MaxKeptValues
            && context.StatementValues.Capacity <= MaxKeptValues)
        {
            t_idle = context;
        }
    }

    /// <summary>Binds <paramref name="value"/> and returns its marker.</summary>
    public BoundOutput AddParameter(object? value)
    {
        var index = _values.Count;
        _values.Add(value);
        return ParameterMarkers.Output(index);
    }

    /// <summary>Binds each item (see <paramref name="scalar"/>) and returns <c>(m1, m2, ...)</c>,
    /// or <c>(NULL)</c> for no items.</summary>
    public string AddList(IEnumerable items, Func<object?, object?> scalar)
    {
        _markers.Clear().Append('(');
        var count = 0;
        foreach (var item in items)
        {
            if (count++ > 0)
            {
                _markers.Append(", ");
            }
            ParameterMarkers.Append(_markers, _values.Count);
            _values.Add(scalar(item));
        }
        return count == 0 ? "(NULL)" : _markers.Append(')').ToString();
    }

    /// <summary>Every output reaches the text through here: a <see cref="BoundOutput"/> is
    /// written as is, anything else is bound first. (Scriban skips null outputs, which is why
    /// the parser also wraps every output in the bind function.)</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, (textAsObject as BoundOutput ?? OutputBinder.Bind(this, textAsObject)).Text);
}
