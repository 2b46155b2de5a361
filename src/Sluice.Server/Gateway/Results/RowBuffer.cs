using System.Buffers;
using System.Data.Common;
using System.Text.Json;

namespace Sluice.Server.Gateway.Results;

/// <summary>Reads rows into JSON in memory, with the gateway's value mapping — for debug runs
/// and scripts, where the caller wants the rows inside a larger answer.</summary>
internal static class RowBuffer
{
    public static async Task<(JsonElement Rows, bool Truncated)> ReadAsync(DbDataReader reader, int maxRows, CancellationToken cancellationToken)
    {
        var columns = ResultColumns.Describe(reader);
        var buffer = new ArrayBufferWriter<byte>();
        var truncated = false;
        using (var writer = new Utf8JsonWriter(buffer, GatewayJson.WriterOptions))
        {
            writer.WriteStartArray();
            var rows = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                if (rows++ == maxRows)
                {
                    truncated = true;
                    break;
                }
                ResultStreamer.WriteRow(writer, reader, columns);
            }
            writer.WriteEndArray();
        }
        return (Parse(buffer), truncated);
    }

    /// <summary>The first row as a JSON object, or null when there is none; reads no further row.</summary>
    public static async Task<JsonElement?> ReadFirstAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, GatewayJson.WriterOptions))
        {
            ResultStreamer.WriteRow(writer, reader, ResultColumns.Describe(reader));
        }
        return Parse(buffer);
    }

    private static JsonElement Parse(ArrayBufferWriter<byte> buffer)
    {
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
