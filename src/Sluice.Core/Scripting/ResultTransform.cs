using System.Text.Json.Nodes;
using Acornima.Ast;

namespace Sluice.Core.Scripting;

/// <summary>An API version's result transform, parsed once and run on the rows of many requests:
/// a function of the rows and the bound parameters whose answer becomes the response's data.
/// Immutable and shared by every request.</summary>
/// <remarks>Written either as a function expression, <c>(rows, params) =&gt; rows.map(r =&gt; r.id)</c>,
/// or as a script declaring <c>function transform(rows, params) { … }</c> at its top level (with
/// helpers beside it). It may be async, and may throw <c>HttpError(status, message)</c>.</remarks>
public sealed class ResultTransform
{
    private const string Shape =
        "A result transform is a function of the rows: write `(rows, params) => …`, or declare `function transform(rows, params) { … }` at the top level.";

    private readonly ScriptProgram _program;
    private readonly ComposedScript _source;

    private ResultTransform(ScriptProgram program, ComposedScript source)
    {
        _program = program;
        _source = source;
    }

    /// <summary>Parses a transform in strict mode; every problem is reported as a value, its
    /// position relative to <paramref name="source"/>.</summary>
    public static ResultTransformParseResult Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // A function expression alone on its own is placed in a generated program as a value.
        if (ScriptSyntax.Expression(source, out _) is ArrowFunctionExpression or FunctionExpression)
        {
            return Compose(new ComposedScript().Code("const __transform = (").Piece(source).Code(");"), "__transform");
        }
        var script = ScriptSyntax.Script(source, out var error);
        if (script is null)
        {
            return new ResultTransformParseResult(null, [error!]);
        }
        return script.Body.OfType<FunctionDeclaration>().Any(function => function.Id?.Name == "transform")
            ? Compose(new ComposedScript().Piece(source), "transform")
            : new ResultTransformParseResult(null, [new ScriptSyntaxError(0, 0, Shape)]);
    }

    /// <summary>Runs the transform on <paramref name="rows"/> with the request's bound values
    /// (each run gets its own copies). Success data is the transform's answer; errors are
    /// reported as the sandbox reports them (an <c>HttpError</c> as
    /// <see cref="ScriptOutcomeKind.HttpError"/>), with line and column relative to the text
    /// the author wrote (0 when the position is outside it).</summary>
    /// <param name="sandbox">The sandbox and its limits.</param>
    /// <param name="rows">The rows the API's statement gave (usually a JSON array of objects).</param>
    /// <param name="values">The bound values by name.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    public async Task<ScriptOutcome> RunAsync(ScriptSandbox sandbox, JsonNode? rows, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(values);
        var input = new Dictionary<string, object?>(2, StringComparer.Ordinal) { ["rows"] = rows, ["params"] = values };
        var outcome = await sandbox.RunAsync(_program, input, cancellationToken).ConfigureAwait(false);
        return outcome.Line > 0 ? _source.InPiece(outcome, 0) : outcome;
    }

    private static ResultTransformParseResult Compose(ComposedScript source, string function)
    {
        var (program, errors) = source.Code($"function execute(input) {{ return {function}(input.rows, input.params); }}").Parse();
        return program is null
            ? new ResultTransformParseResult(null, errors.Select(error => error.Error).ToList())
            : new ResultTransformParseResult(new ResultTransform(program, source), []);
    }
}
