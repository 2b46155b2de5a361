using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway.Execution;

/// <summary>An author's output: the answer kept in memory (rows with the gateway's value
/// mapping, rows affected, or a script's value) for a debug run or a test case.</summary>
/// <param name="maxRows">Rows to keep at most.</param>
internal sealed class BufferOutput(int maxRows) : IApiOutput
{
    /// <summary>The rows as a JSON array, when the answer had rows.</summary>
    public JsonElement? Rows { get; private set; }

    /// <summary>Rows affected, when the answer was a write.</summary>
    public int? RowsAffected { get; private set; }

    /// <summary>True when rows were left unread because of the cap.</summary>
    public bool Truncated { get; private set; }

    /// <summary>A script's value, when the answer was one.</summary>
    public JsonNode? Data { get; private set; }

    /// <summary>The status a script set; 200 otherwise.</summary>
    public int Status { get; private set; } = 200;

    /// <summary>Headers a script set.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private set; } = new Dictionary<string, string>();

    /// <summary>The answer's data as the gateway lists it: rows, one row with
    /// <c>rows_affected</c> for a write, a script's array's items, or the script's value alone.</summary>
    public IReadOnlyList<JsonElement>? DataRows => Rows is { ValueKind: JsonValueKind.Array } rows ? [.. rows.EnumerateArray()]
        : RowsAffected is { } affected ? [JsonSerializer.SerializeToElement(new Dictionary<string, int> { ["rows_affected"] = affected })]
        : Data is JsonArray array ? [.. array.Select(item => JsonSerializer.SerializeToElement(item))]
        : Data is not null ? [JsonSerializer.SerializeToElement(Data)]
        : null;

    /// <inheritdoc />
    public async Task<bool> WriteRowsAsync(DbDataReader reader, ResultPage? page, CancellationToken cancellationToken)
    {
        (var rows, Truncated) = await RowBuffer.ReadAsync(reader, maxRows, cancellationToken);
        Rows = rows;
        return Truncated;
    }

    /// <inheritdoc />
    public Task WriteRowsAffectedAsync(int rowsAffected, CancellationToken cancellationToken)
    {
        RowsAffected = rowsAffected;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteDataAsync(JsonNode? data, int status, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        (Data, Status, Headers) = (data, status, headers);
        return Task.CompletedTask;
    }
}
