using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Core.Parameters;
using Sluice.Server.Gateway;

namespace Sluice.Bench.Micro;

/// <summary>Reading a gateway request's query string into <see cref="RequestInputs"/> and
/// binding six parameters of mixed types from it.</summary>
[MemoryDiagnoser]
public class ParameterBindBenchmarks
{
    private const string QueryString = "?id=42&min_price=9.99&q=blue%20hammer&since=2024-05-01&active=true&ids=1,2,3,5,8";

    private ParameterBinder _binder = null!;
    private RequestInputs _inputs = null!;
    private DefaultHttpContext _context = null!;
    private ApiModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        var compiled = ParameterBinder.Compile(
        [
            new ParamDefinition { Name = "id", DataType = ParamType.Integer, IsRequired = true, Minimum = 1 },
            new ParamDefinition { Name = "min_price", DataType = ParamType.Number, Minimum = 0 },
            new ParamDefinition { Name = "q", DataType = ParamType.String, Pattern = "[a-z ]+", MaxLength = 64 },
            new ParamDefinition { Name = "since", DataType = ParamType.Date },
            new ParamDefinition { Name = "active", DataType = ParamType.Boolean },
            new ParamDefinition { Name = "ids", DataType = ParamType.Array, MaxLength = 100 },
        ]);
        _binder = compiled.Binder ?? throw new InvalidOperationException(string.Join("; ", compiled.Errors));
        _context = new DefaultHttpContext();
        _context.Request.Method = "GET";
        _context.Request.Path = "/api/items";
        _context.Request.QueryString = new QueryString(QueryString);
        _model = new ApiModel(null!, null!, RoutePatternFactory.Parse("items"), _binder, null!, null, TimeSpan.Zero, ReadsBody: false, HeaderNames: []);
        _inputs = ReadInputs().GetAwaiter().GetResult();
        var bound = _binder.Bind(_inputs);
        if (!bound.IsValid)
        {
            throw new InvalidOperationException(string.Join(" ", bound.Errors.Select(e => e.Message)));
        }
    }

    /// <summary>Binding alone, from inputs already read.</summary>
    [Benchmark]
    public BindResult Bind() => _binder.Bind(_inputs);

    /// <summary>What the gateway does per request: adapt the request, then bind. The query
    /// string itself is parsed once (ASP.NET caches it per request), so this measures Sluice.</summary>
    [Benchmark]
    public async Task<BindResult> ReadAndBind() => _binder.Bind(await ReadInputs());

    private async Task<RequestInputs> ReadInputs()
    {
        var (inputs, _, error) = await RequestInputsReader.ReadAsync(_context, _model, maxBodyBytes: 1024 * 1024);
        return inputs ?? throw new InvalidOperationException(error);
    }
}
