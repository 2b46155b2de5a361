using System.Collections.ObjectModel;
using BenchmarkDotNet.Attributes;
using Sluice.Core.Templates;

namespace Sluice.Bench.Micro;

/// <summary>One render per operation of templates parsed once, with values as the parameter
/// binder produces them.</summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmarks
{
    private const string LookupSource = "SELECT id, name, price FROM items WHERE id = {{ id }}";

    private const string ListSource = """
        SELECT id, name, price, created_at
        FROM items
        {% where %}
          {% if category %} AND category = {{ category }}{% endif %}
          {% if q %} AND name LIKE {{ q | like }}{% endif %}
          AND id IN {{ ids }}
          AND price >= {{ min_price }}
          AND active = {{ active }}
        {% endwhere %}
        ORDER BY {{ sort | ident }} {{ dir | sort_direction }}
        LIMIT {{ limit }}
        """;

    private SqlTemplate _lookup = null!;
    private SqlTemplate _list = null!;
    private Dictionary<string, object?> _lookupValues = null!;
    private Dictionary<string, object?> _listValues = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lookup = Parse(LookupSource, TemplateOptions.Default);
        _list = Parse(ListSource, new TemplateOptions { AllowedIdentifiers = new HashSet<string> { "id", "name", "price", "created_at" } });
        _lookupValues = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = 42L };
        _listValues = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["category"] = "tools",
            ["q"] = "ham_mer",
            ["ids"] = new ReadOnlyCollection<object?>([1L, 2L, 3L, 5L, 8L]),
            ["min_price"] = 9.99m,
            ["active"] = true,
            ["sort"] = "price",
            ["dir"] = "desc",
            ["limit"] = 50L,
        };
        // Fail fast on a template mistake rather than measuring an error path.
        Check(_lookup.Render(_lookupValues, SqlDialect.Postgres));
        Check(_list.Render(_listValues, SqlDialect.Postgres));
    }

    [Benchmark]
    public TemplateRenderResult RenderLookup() => _lookup.Render(_lookupValues, SqlDialect.Postgres);

    [Benchmark]
    public TemplateRenderResult RenderFilteredList() => _list.Render(_listValues, SqlDialect.Postgres);

    private static SqlTemplate Parse(string source, TemplateOptions options)
    {
        var parsed = SqlTemplate.Parse(source, options);
        return parsed.Template ?? throw new InvalidOperationException(string.Join("; ", parsed.Errors));
    }

    private static void Check(TemplateRenderResult result)
    {
        if (result.Command is null)
        {
            throw new InvalidOperationException(result.Error);
        }
    }
}
