using Scriban;
using Scriban.Syntax;

namespace Sluice.Core.Templates;

/// <summary>A SQL template in Liquid syntax, parsed once and rendered per request into bound
/// statements. Every <c>{{ expression }}</c> becomes a bind parameter, never text; only the
/// <c>ident</c> and <c>sort_direction</c> filters and <c>{% where %}</c>/<c>{% set %}</c>
/// blocks write SQL text, and only from allow-listed or template-written parts.</summary>
/// <remarks>
/// Besides Liquid's tags and filters, templates get:
/// <list type="bullet">
/// <item><c>{{ ids }}</c> on a list: <c>($1, $2, $3)</c>; an empty list renders <c>(NULL)</c>,
/// so <c>x IN {{ ids }}</c> matches nothing, and so does <c>x NOT IN {{ ids }}</c>: guard a
/// NOT IN with <c>{% if ids.size > 0 %}</c>.</item>
/// <item><c>{{ sort | ident }}</c>: an identifier from <see cref="TemplateOptions.AllowedIdentifiers"/>,
/// quoted for the dialect; <c>{{ dir | sort_direction }}</c>: ASC or DESC.</item>
/// <item><c>name LIKE {{ q | like }}</c> (also <c>like_start</c>, <c>like_end</c>): the value
/// with <c>\ % _</c> escaped and wildcards added, bound, followed by an ESCAPE clause.</item>
/// <item><c>{{ today }}</c> (UTC <c>DateOnly</c>), <c>{{ now }}</c> (UTC <c>DateTime</c>),
/// <c>| add_days: n</c> (a negative count in parentheses: <c>add_days: (-7)</c>),
/// <c>| start_of_month</c>.</item>
/// <item><c>{% where %}...{% endwhere %}</c>: <c>WHERE</c> and the content without a leading or
/// trailing AND/OR, or nothing when the content is blank; <c>{% set %}...{% endset %}</c>
/// likewise with <c>SET</c> and commas.</item>
/// <item><c>{% include 'name' %}</c>: a macro from <see cref="TemplateOptions.Macros"/>.</item>
/// </list>
/// The rendered text is split at <c>;</c> outside literals and comments into statements, each
/// with placeholders numbered from its start.
/// </remarks>
public sealed class SqlTemplate
{
    // Shared by every render, never written after parsing: the rewritten Scriban tree, the
    // quoted allow-list, the clock, the names to default to null (and, in TemplateFunctions,
    // the function table). Each render has a context of its own, which its thread reuses.
    private readonly Template _template;
    private readonly IdentifierAllowList _identifiers;
    private readonly TimeProvider _timeProvider;
    private readonly string[] _nullDefaults;
    // Set when the template is only text and bare parameters: most requests then skip the render.
    private readonly FixedShape? _fixedShape;

    private SqlTemplate(Template template, IdentifierAllowList identifiers, TimeProvider timeProvider)
    {
        _template = template;
        _identifiers = identifiers;
        _timeProvider = timeProvider;
        _nullDefaults = BuiltinShadows.Find(template.Page!);
        _fixedShape = FixedShape.Of(template.Page!);
    }

    /// <summary>Parses <paramref name="source"/> (Liquid) once, at publish time. Errors are
    /// values, each with a 1-based line and column.</summary>
    public static TemplateParseResult Parse(string source, TemplateOptions options) => Parse(source, options, null);

    /// <summary><see cref="Parse(string, TemplateOptions)"/>, also noting where each statement
    /// spliced in from a macro was included (see <see cref="TemplateCompiler.Compile"/>).</summary>
    internal static TemplateParseResult Parse(string source, TemplateOptions options, Dictionary<ScriptNode, Scriban.Parsing.SourceSpan>? includeSites)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<TemplateError>();
        var identifiers = IdentifierAllowList.Create(options.AllowedIdentifiers, errors);
        var template = TemplateCompiler.Compile(source, options.Macros, errors, includeSites);
        return template is null || identifiers is null || errors.Count > 0
            ? new TemplateParseResult(null, errors)
            : new TemplateParseResult(new SqlTemplate(template, identifiers, options.TimeProvider), []);
    }

    /// <summary>The parsed and rewritten tree (macros spliced in, outputs bound), for checks
    /// that read it; never written.</summary>
    internal ScriptPage Page => _template.Page!;

    /// <summary>Renders the template for one request. Thread-safe: one template may render
    /// on many threads at once.</summary>
    /// <param name="values">Parameter values by name: null, string, long, decimal, bool,
    /// DateOnly, DateTime, DateTimeOffset, lists of values, objects of values. A name the
    /// template uses but the dictionary lacks is null.</param>
    /// <param name="dialect">How placeholders are written.</param>
    public TemplateRenderResult Render(IReadOnlyDictionary<string, object?> values, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!Enum.IsDefined(dialect))
        {
            throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown SQL dialect.");
        }
        if (_fixedShape?.TryBind(values, dialect, this) is { } command)
        {
            return new TemplateRenderResult(command, null);
        }
        return RenderFully(values, dialect);
    }

    /// <summary>Renders through Scriban, whatever the template's shape.</summary>
    internal TemplateRenderResult RenderFully(IReadOnlyDictionary<string, object?> values, SqlDialect dialect)
    {
        var context = TemplateRenderContext.Rent(dialect, _identifiers, _timeProvider, values, _nullDefaults);
        TemplateRenderResult result;
        try
        {
            var text = _template.Render(context);
            result = CommandBuilder.Build(text, context, dialect);
        }
        catch (ScriptRuntimeException exception)
        {
            return Failed(exception);
        }
        catch (TemplateRenderException exception)
        {
            return new TemplateRenderResult(null, exception.Message, exception.Failure);
        }
        // Only now: a render that threw may have left the context's stacks half way.
        TemplateRenderContext.Return(context);
        return result;
    }

    private static TemplateRenderResult Failed(ScriptRuntimeException exception)
    {
        var ours = exception.InnerException as TemplateRenderException;
        if (ours?.Failure == TemplateRenderFailure.ValueRefused)
        {
            // Meant for the client: no template positions.
            return new TemplateRenderResult(null, ours.Message, TemplateRenderFailure.ValueRefused);
        }
        var (line, column) = ScriptTree.Position(exception.Span);
        var where = $" ({TemplateCompiler.DescribeSource(exception.Span)}line {line}, column {column})";
        return new TemplateRenderResult(null, (ours?.Message ?? exception.OriginalMessage) + where, TemplateRenderFailure.TemplateFault);
    }
}
