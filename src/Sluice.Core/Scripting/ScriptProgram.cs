using Acornima;
using Acornima.Ast;
using Jint;

namespace Sluice.Core.Scripting;

/// <summary>A script parsed once (when a version is saved or published) and run many times,
/// each run in a fresh engine. A script without imports is a plain strict script; one that
/// imports script macros is a module, kept with the parsed macros it needs.</summary>
public sealed class ScriptProgram
{
    /// <summary>The name scripts are known by in messages and stack traces.</summary>
    internal const string SourceName = "script";

    private static readonly Dictionary<string, string> NoMacros = [];

    private ScriptProgram(Prepared<Script>? script, Prepared<Module>? module, IReadOnlyList<ScriptMacroModule> macros)
    {
        Script = script;
        Module = module;
        Macros = macros;
    }

    /// <summary>The parsed script, when it imports nothing.</summary>
    internal Prepared<Script>? Script { get; }

    /// <summary>The parsed module (exporting <c>execute</c>), when it imports script macros.</summary>
    internal Prepared<Module>? Module { get; }

    /// <summary>The script macros the module imports, directly or through other macros, each
    /// after the macros it imports.</summary>
    internal IReadOnlyList<ScriptMacroModule> Macros { get; }

    /// <summary>Parses <paramref name="source"/> in strict mode and checks that it defines
    /// <c>function execute(params)</c> at its top level and that its static imports
    /// (<c>import { f } from "name"</c>) name published script macros and their exports; every
    /// problem is reported as a value.</summary>
    /// <param name="source">The script.</param>
    /// <param name="macros">The published script macros it may import, name → module source.</param>
    public static ScriptParseResult Parse(string source, IReadOnlyDictionary<string, string>? macros = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        Prepared<Script> prepared;
        try
        {
            prepared = Engine.PrepareScript(source, SourceName, strict: true);
        }
        catch (Exception exception) when (FindParseError(exception) is { } parseError)
        {
            // A script with imports does not parse as a script; anything else keeps the script's error.
            return ParseWithImports(source, macros ?? NoMacros, parseError);
        }

        var errors = new List<ScriptSyntaxError>();
        CheckExecute(prepared.Program!.Body, errors);
        CheckNoDynamicImport(prepared.Program, errors);
        return errors.Count > 0 ? new ScriptParseResult(null, errors) : new ScriptParseResult(new ScriptProgram(prepared, null, []), []);
    }

    /// <summary>Checks one script macro's source at save time: a JavaScript module (<c>export
    /// function …</c>) that parses, exports at least one name, and imports only other script
    /// macros (no cycles); every problem is reported as a value, at its line and column.</summary>
    /// <param name="name">The macro's name, for messages.</param>
    /// <param name="source">Its module source.</param>
    /// <param name="otherMacros">The other script macros it may import, name → source.</param>
    public static IReadOnlyList<ScriptSyntaxError> ParseMacro(string name, string source, IReadOnlyDictionary<string, string> otherMacros)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(otherMacros);
        var resolver = new ScriptMacroResolver(otherMacros);
        resolver.BeginImporting(name);
        var (module, errors) = ParseModule(name, source, resolver);
        if (module is { } parsed && !parsed.Program!.Body.Any(node => node is ExportDeclaration))
        {
            return [new ScriptSyntaxError(0, 0, $"Script macro '{name}' exports nothing: export what scripts may import, e.g. `export function slugify(text) {{ ... }}`.")];
        }
        return errors;
    }

    /// <summary>Parses a module (a script macro, or a script with imports) and checks its
    /// imports through <paramref name="resolver"/>.</summary>
    internal static (Prepared<Module>? Module, IReadOnlyList<ScriptSyntaxError> Errors) ParseModule(string sourceName, string source, ScriptMacroResolver resolver)
    {
        Prepared<Module> prepared;
        try
        {
            prepared = Engine.PrepareModule(source, sourceName);
        }
        catch (Exception exception) when (FindParseError(exception) is { } parseError)
        {
            return (null, [At(parseError)]);
        }
        var errors = new List<ScriptSyntaxError>();
        CheckNoDynamicImport(prepared.Program!, errors);
        CheckNoTopLevelAwait(prepared.Program!, errors);
        resolver.CheckImports(prepared.Program!, errors);
        return (errors.Count > 0 ? null : prepared, errors);
    }

    /// <summary>An error at <paramref name="node"/>'s start.</summary>
    internal static ScriptSyntaxError ErrorAt(Node node, string message) =>
        new(node.Location.Start.Line, node.Location.Start.Column + 1, message);

    private static ScriptParseResult ParseWithImports(string source, IReadOnlyDictionary<string, string> macros, ParseErrorException scriptError)
    {
        Prepared<Module> asModule;
        try
        {
            asModule = Engine.PrepareModule(source, SourceName);
        }
        catch (Exception exception) when (FindParseError(exception) is { } moduleError)
        {
            // The module parser got past the imports the script parser stopped at: its error is the real one.
            return Refused(At(IsAfter(moduleError, scriptError) ? moduleError : scriptError));
        }
        var body = asModule.Program!.Body;
        if (!body.Any(node => node is ImportDeclaration))
        {
            return Refused(At(scriptError));
        }
        var errors = new List<ScriptSyntaxError>();
        foreach (var export in body.OfType<ExportDeclaration>())
        {
            errors.Add(ErrorAt(export, "A script exports nothing: define `function execute(params)` without `export`; only script macros export."));
        }
        if (errors.Count == 0)
        {
            CheckExecute(body, errors);
        }
        if (errors.Count > 0)
        {
            return new ScriptParseResult(null, errors);
        }
        // Appended on a line of its own so every line of the script keeps its number.
        var resolver = new ScriptMacroResolver(macros);
        var (module, moduleErrors) = ParseModule(SourceName, source + "\nexport { execute };", resolver);
        return module is { } parsed
            ? new ScriptParseResult(new ScriptProgram(null, parsed, [.. resolver.Modules]), [])
            : new ScriptParseResult(null, moduleErrors);
    }

    private static void CheckExecute(in NodeList<Statement> body, List<ScriptSyntaxError> errors)
    {
        if (!body.OfType<FunctionDeclaration>().Any(function => function.Id?.Name == "execute"))
        {
            errors.Add(new ScriptSyntaxError(0, 0,
                "The script defines no execute function: write `function execute(params) { ... }` at its top level; what it returns becomes the answer's data."));
        }
    }

    private static void CheckNoDynamicImport(Node program, List<ScriptSyntaxError> errors)
    {
        foreach (var node in program.DescendantNodes())
        {
            if (node is ImportExpression)
            {
                errors.Add(ErrorAt(node, "import() is not available: scripts cannot load modules while they run; import script macros with a static `import { name } from \"macro\"` at the top."));
            }
        }
    }

    // A module's top level runs while the run loads it, before execute, where nothing would
    // settle what it awaits; awaiting belongs in functions.
    private static void CheckNoTopLevelAwait(Node node, List<ScriptSyntaxError> errors)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is AwaitExpression or ForOfStatement { Await: true })
            {
                errors.Add(ErrorAt(child, "await is not available at the top level: await inside execute, or inside a function it calls."));
            }
            else if (child is not IFunction)
            {
                CheckNoTopLevelAwait(child, errors);
            }
        }
    }

    private static bool IsAfter(ParseErrorException first, ParseErrorException second) =>
        first.LineNumber > second.LineNumber || (first.LineNumber == second.LineNumber && first.Column > second.Column);

    // The parser counts columns from 0; editors and TemplateError count from 1.
    private static ScriptSyntaxError At(ParseErrorException parseError) =>
        new(parseError.LineNumber, parseError.Column + 1, PlainMessage(parseError));

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
