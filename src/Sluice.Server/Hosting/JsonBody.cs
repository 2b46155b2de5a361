using System.Text.Json;

namespace Sluice.Server.Hosting;

/// <summary>Checks that bytes are one well-formed UTF-8 JSON value whose strings all decode
/// (no invalid UTF-8, no escaped lone surrogate such as <c>\ud800</c>), so that code reading
/// the body afterwards cannot fail on it.</summary>
internal static class JsonBody
{
    public const string NotUtf8Json = "The request body is not valid UTF-8 JSON";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes without a leading UTF-8 byte order mark, which JSON parsers refuse.</summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(byte[] utf8) =>
        utf8.AsSpan().StartsWith(ByteOrderMark) ? utf8.AsMemory(ByteOrderMark.Length) : utf8;

    /// <summary>Null when the body is valid, else the message for a 400.</summary>
    public static string? Check(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
                {
                    continue;
                }
                // Only an escaped string can hide a lone surrogate; the others need only be UTF-8.
                if (reader.ValueIsEscaped)
                {
                    _ = reader.GetString();
                }
                else if (!System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
                {
                    throw new InvalidOperationException();
                }
            }
            return null;
        }
        catch (JsonException exception)
        {
            return $"{NotUtf8Json} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}): check quotes, commas and brackets, "
                + "nesting deeper than 64 levels, and that the text is encoded as UTF-8.";
        }
        catch (InvalidOperationException)
        {
            return $"{NotUtf8Json}: the string at byte {reader.TokenStartIndex + 1} holds bytes that are not UTF-8 "
                + "or an escaped lone surrogate (such as \\ud800); send text encoded as UTF-8.";
        }
    }

    /// <summary>The field a serializer error points at (<c>$.permissions[0].action</c> becomes
    /// <c>permissions[0].action</c>), or null when it points at the whole body.</summary>
    public static string? Field(JsonException exception, string? parent = null)
    {
        var path = exception.Path;
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return parent;
        }
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return parent is null ? field : parent + (field.StartsWith('[') ? "" : ".") + field;
    }
}
