using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sluice.Server.Gateway.Results;

/// <summary>How the gateway writes JSON: non-ASCII text as itself (the body is UTF-8 JSON, not
/// HTML), which is smaller and readable.</summary>
internal static class GatewayJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
