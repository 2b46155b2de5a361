using System.Text.Json;
using System.Text.Json.Nodes;
using Sluice.Core.Parameters;

namespace Sluice.Core.Scripting;

/// <summary>The validate scripts of an API version's parameters, compiled once into one program
/// that checks every parameter in a single sandbox run. Immutable and shared by every request.</summary>
/// <remarks>A validate script is an expression over <c>value</c> (the parameter's bound value)
/// and <c>params</c> (every bound value, frozen), or a function <c>(value, params) =&gt; …</c>.
/// <c>true</c>, <c>undefined</c> or <c>null</c> accepts the value; a string refuses it with that
/// message; <c>false</c> refuses it as "is not valid"; anything else, a throw or a limit is the
/// script's failure, reported as the parameter's error and naming the API as the culprit.</remarks>
public sealed class ParameterValidators
{
    /// <summary>The longest validate script accepted, in characters.</summary>
    public const int MaxLength = 4000;

    private const int MaxMessage = 500;

    // Runs after the generated `__validators` list; answers one verdict per validator:
    // null (accepted or not validated), {refused}, {returned} or {thrown, stack}.
    private const string Runtime = """
        function __freeze(value) {
          if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
            Object.freeze(value);
            for (const key of Object.keys(value)) { __freeze(value[key]); }
          }
          return value;
        }
        function __kind(answer) {
          if (answer instanceof Promise) { return 'a Promise (validate scripts cannot wait)'; }
          if (Array.isArray(answer)) { return 'a list'; }
          return typeof answer === 'object' ? 'an object' : 'a ' + typeof answer;
        }
        function __thrown(error) {
          try {
            return error instanceof Error
              ? { thrown: String(error.name) + ': ' + String(error.message), stack: String(error.stack) }
              : { thrown: typeof error === 'string' ? error : __kind(error) };
          } catch {
            return { thrown: 'a value whose message could not be read' };
          }
        }
        function execute(params) {
          __freeze(params);
          return __validators.map(([name, validator]) => {
            const value = params[name];
            if (value === null || value === undefined) { return null; }
            let answer;
            try {
              answer = validator(value, params);
              if (typeof answer === 'function') { answer = answer(value, params); }
            } catch (error) {
              return __thrown(error);
            }
            if (answer === true || answer === undefined || answer === null) { return null; }
            if (answer === false || typeof answer === 'string') { return { refused: answer === false ? '' : answer }; }
            return { returned: __kind(answer) };
          });
        }
        """;

    private readonly ScriptProgram _program;
    private readonly ComposedScript _source;
    private readonly string[] _names;

    private ParameterValidators(ScriptProgram program, ComposedScript source, string[] names)
    {
        _program = program;
        _source = source;
        _names = names;
    }

    /// <summary>The parameters that have a validate script, in declaration order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Compiles the validate scripts of <paramref name="definitions"/> (blank ones
    /// are ignored). <see cref="ParameterValidatorsResult.Validators"/> is null when no
    /// parameter has one, or when a script is refused; every refusal names its parameter.</summary>
    public static ParameterValidatorsResult Compile(IReadOnlyList<ParamDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var pieces = definitions.Where(d => !string.IsNullOrWhiteSpace(d.Validate)).Select(d => (d.Name, Text: d.Validate!)).ToList();
        if (pieces.Count == 0)
        {
            return new ParameterValidatorsResult(null, []);
        }
        var (validators, errors) = Build(pieces);
        return new ParameterValidatorsResult(validators,
            errors.Select(error => $"Parameter '{pieces[error.Piece].Name}' has a validate script that cannot run: {error.Error}").ToList());
    }

    /// <summary>Checks one validate script at save time; positions are relative to
    /// <paramref name="validate"/>. Empty when it can run.</summary>
    public static IReadOnlyList<ScriptSyntaxError> Check(string validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return string.IsNullOrWhiteSpace(validate) ? [] : Build([("value", validate)]).Errors.Select(error => error.Error).ToList();
    }

    /// <summary>Runs every validate script whose parameter has a value (a parameter absent from
    /// the request, without a default, is not validated) in one sandbox run, and gives one
    /// error per refused or failed parameter, each message starting "name: ". Run it after
    /// <see cref="ParameterBinder.Bind"/>; a parameter the binder refused has no value and is
    /// skipped. No sandbox run happens when no validated parameter has a value.</summary>
    /// <param name="sandbox">The sandbox and its limits.</param>
    /// <param name="values">The bound values by name (<see cref="BindResult.Values"/>).</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <exception cref="OperationCanceledException">The client went away.</exception>
    public async Task<IReadOnlyList<ParamError>> RunAsync(ScriptSandbox sandbox, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(values);
        if (!Array.Exists(_names, name => HasValue(values, name)))
        {
            return [];
        }
        var outcome = await sandbox.RunAsync(_program, values, cancellationToken).ConfigureAwait(false);
        switch (outcome.Kind)
        {
            case ScriptOutcomeKind.Success:
                return Verdicts(outcome.Data as JsonArray);
            case ScriptOutcomeKind.Cancelled:
                throw new OperationCanceledException(cancellationToken);
            default:
                // Only a limit, the timeout or an unreadable value stops the whole run; it is
                // put on the validator that was running, or on all when that is not known.
                var (piece, line) = _source.Locate(outcome.Line);
                var what = $"was stopped: {outcome.Message}{Position(line, outcome.Column)}";
                return piece >= 0
                    ? [Failed(_names[piece], what)]
                    : _names.Where(name => HasValue(values, name)).Select(name => Failed(name, what)).ToList();
        }
    }

    private static bool HasValue(IReadOnlyDictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) && value is not null;

    private List<ParamError> Verdicts(JsonArray? verdicts)
    {
        var errors = new List<ParamError>();
        // A validator may have tampered with the globals the verdicts are built with: read them
        // defensively, so a broken API never becomes a 500.
        for (var i = 0; i < Math.Min(_names.Length, verdicts?.Count ?? 0); i++)
        {
            if (verdicts![i] is not JsonObject verdict)
            {
                continue;
            }
            var name = _names[i];
            if (verdict.ContainsKey("refused"))
            {
                var message = Text(verdict["refused"]);
                errors.Add(new ParamError(name, ParamRules.Validate,
                    string.IsNullOrWhiteSpace(message) ? $"{name}: is not valid" : $"{name}: {Cut(message)}"));
            }
            else if (verdict.ContainsKey("returned"))
            {
                errors.Add(Failed(name, $"answered {Text(verdict["returned"]) ?? "something else"} instead of true, false or a message"));
            }
            else
            {
                var (line, column) = ScriptSandbox.StackPosition(Text(verdict["stack"]) ?? "");
                var (piece, pieceLine) = _source.Locate(line);
                errors.Add(Failed(name, $"threw {Cut(Text(verdict["thrown"]) ?? "a value")}{(piece == i ? Position(pieceLine, column) : "")}"));
            }
        }
        return errors;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static ParamError Failed(string name, string what) => new(name, ParamRules.ValidateFailed,
        $"{name}: could not be checked: the API's validate script {what}. This is a bug in the API, not in the request; tell the API's owner.");

    private static string Position(int line, int column) => line > 0 ? $" (line {line}, column {column} of the script)" : "";

    private static string Cut(string message) => message.Length <= MaxMessage ? message : message[..MaxMessage] + "…";

    private static (ParameterValidators? Validators, List<(int Piece, ScriptSyntaxError Error)> Errors) Build(List<(string Name, string Text)> pieces)
    {
        var errors = new List<(int Piece, ScriptSyntaxError Error)>();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Text.Length > MaxLength)
            {
                errors.Add((i, new ScriptSyntaxError(0, 0, $"it is {pieces[i].Text.Length} characters long; the limit is {MaxLength} characters.")));
            }
            // On its own first: one expression and nothing after it, so it stays in its place below.
            else if (ScriptSyntax.Expression(pieces[i].Text, out var error) is null)
            {
                errors.Add((i, error!));
            }
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var source = new ComposedScript().Code("const __validators = [");
        foreach (var (name, text) in pieces)
        {
            source.Code($"[{JsonSerializer.Serialize(name)}, (value, params) => (").Piece(text).Code(")],");
        }
        var (program, composeErrors) = source.Code("];").Code(Runtime).Parse();
        // Each piece parsed alone, so what the whole refuses lies in a piece (strict-mode rules
        // across pieces, say); the first piece stands for generated code, which parses.
        return program is null ? (null, composeErrors.Select(e => (Math.Max(e.Piece, 0), e.Error)).ToList()) : (new ParameterValidators(program, source, pieces.Select(p => p.Name).ToArray()), errors);
    }
}
