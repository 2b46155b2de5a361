using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway.Execution;

/// <summary>The gateway's output: rows streamed into the response in the format the caller
/// accepts (JSON envelope, CSV or NDJSON), capped at GATEWAY_MAX_RESPONSE_ROWS.</summary>
/// <param name="context">The request being answered.</param>
/// <param name="maxRows">The row cap.</param>
/// <param name="known">The API's columns as last answered.</param>
internal sealed class ResponseOutput(HttpContext context, int maxRows, KnownColumns? known = null) : IApiOutput
{
    /// <inheritdoc />
    public Task<bool> WriteRowsAsync(DbDataReader reader, ResultPage? page, CancellationToken cancellationToken) =>
        ResultStreamer.WriteRowsAsync(context.Response, reader, ResultFormats.FromAccept(context.Request), maxRows, page, cancellationToken, known);

    /// <inheritdoc />
    public Task WriteRowsAffectedAsync(int rowsAffected, CancellationToken cancellationToken) =>
        ResultStreamer.WriteRowsAffectedAsync(context.Response, rowsAffected, cancellationToken);

    /// <inheritdoc />
    public Task WriteDataAsync(JsonNode? data, int status, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken) =>
        ResultStreamer.WriteDataAsync(context.Response, data, status, headers, cancellationToken);
}
