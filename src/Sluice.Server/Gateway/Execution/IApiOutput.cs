using System.Data.Common;
using System.Text.Json.Nodes;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway.Execution;

/// <summary>Where an executor puts a successful answer: streamed into the HTTP response for the
/// gateway, or buffered for a debug run or a test case.</summary>
internal interface IApiOutput
{
    /// <summary>Writes the reader's rows (at most the output's cap); true when rows were left
    /// unread because of the cap, so the caller stops the database producing them.</summary>
    Task<bool> WriteRowsAsync(DbDataReader reader, ResultPage? page, CancellationToken cancellationToken);

    /// <summary>Writes the answer of a statement that returned no rows.</summary>
    Task WriteRowsAffectedAsync(int rowsAffected, CancellationToken cancellationToken);

    /// <summary>Writes a script's (or a result transform's) value as the answer's data, with the
    /// status and headers the script set.</summary>
    Task WriteDataAsync(JsonNode? data, int status, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken);
}
