using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Sluice.Server.Management.Audit;

namespace Sluice.Server.Observability.AccessLogs;

/// <summary>A request body as an access record keeps it (GATEWAY_ACCESS_LOG_BODY): credential
/// fields masked first — <c>client_secret</c>, <c>password</c> and every field whose name
/// contains password, secret or token, in any case, at any depth of a JSON body and in form
/// bodies — then cut to <see cref="MaxLength"/> characters. A body that can be read neither as
/// JSON nor as a form is kept only when it cannot hold a credential field.</summary>
internal static class LoggedBody
{
    /// <summary>Characters kept of a body.</summary>
    public const int MaxLength = 4096;

    /// <summary>Stands in for a body that was not kept.</summary>
    public const string Withheld = "(body not stored: it is neither JSON nor a form that could be read, and it may hold a credential)";

    // Larger JSON bodies are not parsed for masking; their first characters are judged as text.
    private const int ParseLimit = 64 * 1024;

    private static readonly string[] CredentialWords = ["password", "secret", "token"];
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The body to record, masked and cut, or null when there was none. The body must be
    /// buffered (seekable).</summary>
    public static async Task<string?> ReadAsync(HttpRequest request)
    {
        if (!request.Body.CanSeek || request.Body.Length == 0)
        {
            return null;
        }
        if (request.HasFormContentType && !IsUrlEncoded(request.ContentType))
        {
            return await MultipartAsync(request);
        }
        request.Body.Position = 0;
        var buffer = new char[(int)Math.Min(ParseLimit + 1, request.Body.Length + 1)];
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var read = await reader.ReadBlockAsync(buffer);
        var complete = read <= ParseLimit;
        return Mask(new string(buffer, 0, Math.Min(read, ParseLimit)), request.HasFormContentType, complete);
    }

    /// <summary>Masks <paramref name="text"/> (a URL-encoded form, or else JSON or other text) and
    /// cuts it to <see cref="MaxLength"/>. <paramref name="complete"/> is false when the text is
    /// only the start of the body.</summary>
    public static string Mask(string text, bool isForm, bool complete)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (isForm)
        {
            return Cut(MaskForm(text));
        }
        if (complete && Json(text) is { } json)
        {
            if (!HasCredential(json))
            {
                return Cut(text);
            }
            AuditSummary.Redact(json);
            return Cut(json.ToJsonString(Compact));
        }
        var start = Cut(text);
        return MayHoldCredential(start) ? Withheld : start;
    }

    private static string MaskForm(string text)
    {
        var pairs = text.Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            var rawKey = equals < 0 ? pairs[i] : pairs[i][..equals];
            var key = Uri.UnescapeDataString(rawKey.Replace('+', ' '));
            if (AuditSummary.IsCredential(key))
            {
                // A key that is not a plain name may carry the value itself (say, JSON sent as a form).
                pairs[i] = equals >= 0 && IsPlainName(key) ? rawKey + "=" + AuditSummary.Mask : AuditSummary.Mask;
            }
        }
        return string.Join('&', pairs);
    }

    private static async Task<string?> MultipartAsync(HttpRequest request)
    {
        IFormCollection form;
        try
        {
            request.Body.Position = 0;
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Withheld;
        }
        var fields = form.Select(field => Uri.EscapeDataString(field.Key) + "="
            + (AuditSummary.IsCredential(field.Key) ? AuditSummary.Mask : Uri.EscapeDataString(field.Value.ToString())));
        return Cut(string.Join('&', fields));
    }

    private static JsonNode? Json(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool HasCredential(JsonNode? node) => node switch
    {
        JsonObject fields => fields.Any(field => AuditSummary.IsCredential(field.Key) || HasCredential(field.Value)),
        JsonArray items => items.Any(HasCredential),
        _ => false,
    };

    // Unparsed text: a credential word, or a JSON escape that could spell one, withholds it.
    private static bool MayHoldCredential(string text) =>
        text.Contains("\\u", StringComparison.OrdinalIgnoreCase) || CredentialWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static bool IsPlainName(string key) => key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ' ' or '[' or ']');

    private static bool IsUrlEncoded(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static string Cut(string text) => text.Length <= MaxLength ? text : text[..MaxLength];
}
