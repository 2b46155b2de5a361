using System.Buffers;
using System.Data.Common;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Gateway.Results;

/// <summary>Streams rows from a reader straight into the response: the JSON envelope, CSV or
/// NDJSON. Memory stays flat whatever the row count: output is flushed as it grows.</summary>
internal static class ResultStreamer
{
    private const int FlushBytes = 32 * 1024;
    private static readonly JsonEncodedText Success = JsonEncodedText.Encode("success");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText Truncated = JsonEncodedText.Encode("truncated");
    private static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
    private static readonly JsonEncodedText PageSize = JsonEncodedText.Encode("page_size");
    private static readonly JsonEncodedText Total = JsonEncodedText.Encode("total");
    private static readonly JsonEncodedText RowsAffected = JsonEncodedText.Encode("rows_affected");
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes every row (up to <paramref name="maxRows"/>); returns true when rows were
    /// left unread because of the cap. <paramref name="known"/> keeps the API's columns between requests.</summary>
    public static async Task<bool> WriteRowsAsync(HttpResponse response, DbDataReader reader, ResultFormat format, int maxRows,
        ResultPage? page, CancellationToken cancellationToken, KnownColumns? known = null)
    {
        // The first row is fetched before anything is written, so a failure there (the most
        // common place: a cancelled or failing query) still gets a clean error envelope.
        var first = await reader.ReadAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        Pipeline.GatewayRequest.Of(response.HttpContext).Streaming = true;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType();
        var pipe = response.BodyWriter;
        var columns = known?.Of(reader) ?? ResultColumns.Describe(reader);
        var truncated = format switch
        {
            ResultFormat.Csv => await WriteCsvAsync(pipe, reader, first, columns, maxRows, cancellationToken),
            ResultFormat.Ndjson => await WriteNdjsonAsync(pipe, reader, first, columns, maxRows, cancellationToken),
            _ => await WriteEnvelopeAsync(pipe, reader, first, columns, maxRows, page, cancellationToken),
        };
        await pipe.FlushAsync(cancellationToken);
        return truncated;
    }

    /// <summary>The envelope for a statement that returned no result set.</summary>
    public static async Task WriteRowsAffectedAsync(HttpResponse response, int rowsAffected, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ResultFormat.Json.ContentType();
        using var writer = new Utf8JsonWriter(response.BodyWriter, GatewayJson.WriterOptions);
        WriteEnvelopeStart(writer);
        writer.WriteStartObject();
        writer.WriteNumber(RowsAffected, rowsAffected);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>The envelope around a value (a script's answer or a transformed result), with the
    /// status and headers the script set.</summary>
    public static async Task WriteDataAsync(HttpResponse response, JsonNode? data, int status, IReadOnlyDictionary<string, string> headers,
        CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }
        response.ContentType = ResultFormat.Json.ContentType();
        using var writer = new Utf8JsonWriter(response.BodyWriter, GatewayJson.WriterOptions);
        WriteEnvelopeStart(writer);
        if (data is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            data.WriteTo(writer);
        }
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static async Task<bool> WriteEnvelopeAsync(PipeWriter pipe, DbDataReader reader, bool first, ResultColumns columns, int maxRows,
        ResultPage? page, CancellationToken cancellationToken)
    {
        using var writer = new Utf8JsonWriter(pipe, GatewayJson.WriterOptions);
        WriteEnvelopeStart(writer);
        writer.WriteStartArray();
        var rows = 0;
        var truncated = false;
        for (var more = first; more; more = await reader.ReadAsync(cancellationToken))
        {
            if (rows == maxRows)
            {
                truncated = true;
                break;
            }
            WriteRow(writer, reader, columns);
            rows++;
            if (writer.BytesPending >= FlushBytes)
            {
                writer.Flush();
                await pipe.FlushAsync(cancellationToken);
            }
        }
        writer.WriteEndArray();
        if (truncated)
        {
            writer.WriteBoolean(Truncated, true);
        }
        if (page is not null)
        {
            writer.WriteNumber(Page, page.Page);
            writer.WriteNumber(PageSize, page.PageSize);
            if (page.Total is { } total)
            {
                writer.WriteNumber(Total, total);
            }
        }
        writer.WriteEndObject();
        writer.Flush();
        return truncated;
    }

    private static async Task<bool> WriteNdjsonAsync(PipeWriter pipe, DbDataReader reader, bool first, ResultColumns columns, int maxRows, CancellationToken cancellationToken)
    {
        using var writer = new Utf8JsonWriter(pipe, GatewayJson.WriterOptions);
        var rows = 0;
        for (var more = first; more; more = await reader.ReadAsync(cancellationToken))
        {
            if (rows == maxRows)
            {
                return true;
            }
            WriteRow(writer, reader, columns);
            writer.Flush();
            writer.Reset(pipe);
            pipe.Write(NewLine.AsSpan());
            rows++;
            if (pipe.UnflushedBytes >= FlushBytes)
            {
                await pipe.FlushAsync(cancellationToken);
            }
        }
        return false;
    }

    private static async Task<bool> WriteCsvAsync(PipeWriter pipe, DbDataReader reader, bool first, ResultColumns columns, int maxRows, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        for (var i = 0; i < columns.Count; i++)
        {
            Csv.Append(line, columns.Names[i], i);
        }
        WriteLine(pipe, line);
        var rows = 0;
        for (var more = first; more; more = await reader.ReadAsync(cancellationToken))
        {
            if (rows == maxRows)
            {
                return true;
            }
            for (var i = 0; i < columns.Count; i++)
            {
                Csv.Append(line, ColumnValues.Text(reader, i, columns.Kinds[i]), i);
            }
            WriteLine(pipe, line);
            rows++;
            if (pipe.UnflushedBytes >= FlushBytes)
            {
                await pipe.FlushAsync(cancellationToken);
            }
        }
        return false;
    }

    private static void WriteLine(PipeWriter pipe, StringBuilder line)
    {
        line.Append("\r\n");
        foreach (var chunk in line.GetChunks())
        {
            Encoding.UTF8.GetBytes(chunk.Span, pipe);
        }
        line.Clear();
    }

    private static void WriteEnvelopeStart(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteBoolean(Success, true);
        writer.WriteNull(Message);
        writer.WritePropertyName(Data);
    }

    /// <summary>One row as a JSON object with the gateway's value mapping.</summary>
    public static void WriteRow(Utf8JsonWriter writer, DbDataReader reader, ResultColumns columns)
    {
        writer.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            writer.WritePropertyName(columns.EncodedNames[i]);
            ColumnValues.WriteJson(writer, reader, i, columns.Kinds[i]);
        }
        writer.WriteEndObject();
    }
}
