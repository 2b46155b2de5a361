using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Sluice.Server.Gateway.Results;

namespace Sluice.Bench.Micro;

/// <summary>The gateway's JSON envelope for 100 rows of (int, text, numeric, timestamp, bool),
/// streamed from a reader into the response's PipeWriter over a stream that discards.</summary>
[MemoryDiagnoser]
public class RowWriteBenchmarks
{
    private const int Rows = 100;

    private ItemRowsReader _reader = null!;
    private DefaultHttpContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reader = new ItemRowsReader(Rows);
        // DefaultHttpContext's response body is Stream.Null behind a StreamPipeWriter.
        _context = new DefaultHttpContext();
    }

    [Benchmark]
    public async Task<bool> WriteJsonEnvelope()
    {
        _reader.Rewind();
        return await ResultStreamer.WriteRowsAsync(_context.Response, _reader, ResultFormat.Json, maxRows: 10_000, page: null, CancellationToken.None);
    }
}
