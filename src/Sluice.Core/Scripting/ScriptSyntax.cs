using Acornima;
using Acornima.Ast;

namespace Sluice.Core.Scripting;

/// <summary>Parses an author's piece on its own, before it is placed in a generated program, so
/// its errors point into the text the author wrote and a piece cannot reach past its place.</summary>
internal static class ScriptSyntax
{
    /// <summary>The piece as one strict-mode expression and nothing after it, or why not.</summary>
    public static Expression? Expression(string text, out ScriptSyntaxError? error)
    {
        try
        {
            error = null;
            return new Parser().ParseExpression(text, ScriptProgram.SourceName, strict: true);
        }
        catch (Exception exception) when (ScriptProgram.FindParseError(exception) is { } parseError)
        {
            error = Error(parseError);
            return null;
        }
    }

    /// <summary>The piece as a strict-mode script, or why not.</summary>
    public static Script? Script(string text, out ScriptSyntaxError? error)
    {
        try
        {
            error = null;
            return new Parser().ParseScript(text, ScriptProgram.SourceName, strict: true);
        }
        catch (Exception exception) when (ScriptProgram.FindParseError(exception) is { } parseError)
        {
            error = Error(parseError);
            return null;
        }
    }

    // The parser counts columns from 0; editors count from 1.
    private static ScriptSyntaxError Error(ParseErrorException parseError) =>
        new(parseError.LineNumber, parseError.Column + 1, ScriptProgram.PlainMessage(parseError));
}
