using System.Text;

namespace Sluice.Core.Scripting;

/// <summary>A program generated around pieces that authors wrote (a parameter's validate
/// script, a result transform). Each piece starts at the first column of a line of its own, so
/// a position in the program maps back to a position in the piece by moving lines only.</summary>
internal sealed class ComposedScript
{
    private readonly StringBuilder _text = new();
    private readonly List<(int First, int Last)> _pieces = [];
    private int _line = 1;

    /// <summary>Generated code; a line break follows it.</summary>
    public ComposedScript Code(string code)
    {
        _text.Append(code).Append('\n');
        _line += LineBreaks(code) + 1;
        return this;
    }

    /// <summary>An author's piece on lines of its own; a line break follows it, so a trailing
    /// <c>//</c> comment ends there.</summary>
    public ComposedScript Piece(string piece)
    {
        var lines = LineBreaks(piece);
        _pieces.Add((_line, _line + lines));
        _text.Append(piece).Append('\n');
        _line += lines + 1;
        return this;
    }

    /// <summary>The whole program.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Parses the program as <see cref="ScriptProgram.Parse"/> does; the errors'
    /// positions are given relative to the piece they fall in.</summary>
    public (ScriptProgram? Program, IReadOnlyList<(int Piece, ScriptSyntaxError Error)> Errors) Parse()
    {
        var parsed = ScriptProgram.Parse(ToString());
        return (parsed.Program, parsed.Errors.Select(error =>
        {
            var (piece, line) = Locate(error.Line);
            return (piece, piece < 0 ? error with { Line = 0, Column = 0 } : error with { Line = line });
        }).ToList());
    }

    /// <summary>The piece holding <paramref name="line"/> of the program and the line within
    /// it; (-1, 0) when the line is in generated code (or unknown, 0).</summary>
    public (int Piece, int Line) Locate(int line)
    {
        for (var i = 0; i < _pieces.Count; i++)
        {
            if (line >= _pieces[i].First && line <= _pieces[i].Last)
            {
                return (i, line - _pieces[i].First + 1);
            }
        }
        return (-1, 0);
    }

    /// <summary>An outcome whose position is moved into <paramref name="piece"/>, or cleared
    /// when it lies elsewhere.</summary>
    public ScriptOutcome InPiece(ScriptOutcome outcome, int piece)
    {
        var (at, line) = Locate(outcome.Line);
        return at == piece && at >= 0 ? outcome with { Line = line } : outcome with { Line = 0, Column = 0 };
    }

    // The line terminators of ECMAScript: CR LF counts once.
    private static int LineBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029':
                    count++;
                    break;
            }
        }
        return count;
    }
}
