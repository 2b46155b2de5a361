using Acornima;
using Acornima.Ast;
using Jint;

namespace Sluice.Core.Scripting;

/// <summary>A script parsed once (when a version is saved or published) and run many times,
/// each run in a fresh engine.</summary>
public sealed class ScriptProgram
{
    /// <summary>The name scripts are known by in messages and stack traces.</summary>
    internal const string SourceName = "script";

    private ScriptProgram(Prepared<Script> prepared) => Prepared = prepared;

    internal Prepared<Script> Prepared { get; }

    /// <summary>Parses <paramref name="source"/> in strict mode and checks that it defines
    /// <c>function execute(params)</c> at its top level; every problem is reported as a value.</summary>
    public static ScriptParseResult Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Prepared<Script> prepared;
        try
        {
            prepared = Engine.PrepareScript(source, SourceName, strict: true);
        }
        catch (Exception exception) when (FindParseError(exception) is { } parseError)
        {
            return Refused(new ScriptSyntaxError(parseError.LineNumber, parseError.Column + 1, PlainMessage(parseError)));
        }

        var errors = new List<ScriptSyntaxError>();
        var script = prepared.Program!;
        if (!script.Body.OfType<FunctionDeclaration>().Any(function => function.Id?.Name == "execute"))
        {
            errors.Add(new ScriptSyntaxError(0, 0,
                "The script defines no execute function: write `function execute(params) { ... }` at its top level; what it returns becomes the answer's data."));
        }
        foreach (var node in script.DescendantNodes())
        {
            if (node is ImportExpression)
            {
                var start = node.Location.Start;
                errors.Add(new ScriptSyntaxError(start.Line, start.Column + 1, "import() is not available: scripts cannot load modules."));
            }
        }
        return errors.Count > 0 ? new ScriptParseResult(null, errors) : new ScriptParseResult(new ScriptProgram(prepared), []);
    }

    /// <summary>Checks one script macro's source at save time: a JavaScript module (<c>export
    /// function …</c>) that parses, with its imports naming <paramref name="otherMacros"/>;
    /// every problem is reported as a value.</summary>
    /// <param name="name">The macro's name, for messages.</param>
    /// <param name="source">Its module source.</param>
    /// <param name="otherMacros">The other script macros it may import, name → source.</param>
    public static IReadOnlyList<ScriptSyntaxError> ParseMacro(string name, string source, IReadOnlyDictionary<string, string> otherMacros)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            Engine.PrepareModule(source, name);
            return [];
        }
        catch (Exception exception) when (FindParseError(exception) is { } parseError)
        {
            return [new ScriptSyntaxError(parseError.LineNumber, parseError.Column + 1, PlainMessage(parseError))];
        }
    }

    // The parser counts columns from 0; editors and TemplateError count from 1.
    private static ScriptParseResult Refused(ScriptSyntaxError error) => new(null, [error]);

    internal static ParseErrorException? FindParseError(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ParseErrorException parseError)
            {
                return parseError;
            }
        }
        return null;
    }

    // The parser's message repeats the position ("Line 3: ..."); the line and column travel apart.
    internal static string PlainMessage(ParseErrorException parseError)
    {
        var message = parseError.Error?.Description ?? parseError.Message;
        var prefix = $"Line {parseError.LineNumber}: ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }
}
