using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Gateway.Results;

/// <summary>How rows are written: the JSON envelope, or a stream for exports.</summary>
internal enum ResultFormat
{
    Json,
    Csv,
    Ndjson,
}

/// <summary>Picks the format from the Accept header.</summary>
internal static class ResultFormats
{
    public static ResultFormat FromAccept(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return ResultFormat.Csv;
        }
        return accept.Contains("application/x-ndjson", StringComparison.OrdinalIgnoreCase) ? ResultFormat.Ndjson : ResultFormat.Json;
    }

    public static string ContentType(this ResultFormat format) => format switch
    {
        ResultFormat.Csv => "text/csv; charset=utf-8",
        ResultFormat.Ndjson => "application/x-ndjson",
        _ => "application/json; charset=utf-8",
    };
}
