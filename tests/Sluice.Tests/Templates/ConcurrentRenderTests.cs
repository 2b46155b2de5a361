using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class ConcurrentRenderTests
{
    [Fact]
    public async Task Render_OneTemplateOnManyThreads_GivesIndependentResults()
    {
        var template = TemplateRun.Parse("""
            {% capture by_tenant %}tenant = {{ tenant }}{% endcapture %}
            SELECT * FROM t
            {% where %}
              AND {{ by_tenant }}
              {% for id in ids %}{% if forloop.first %} AND id IN ({% else %}, {% endif %}{{ id }}{% if forloop.last %}){% endif %}{% endfor %}
              {% if q %} AND name LIKE {{ q | like }}{% endif %}
            {% endwhere %}
            ORDER BY {{ sort | ident }};
            SELECT {{ tenant }}
            """, new TemplateOptions { AllowedIdentifiers = new HashSet<string> { "c0", "c1", "c2" } });
        var dialects = Enum.GetValues<SqlDialect>();

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 400; i++)
            {
                var n = worker * 1000 + i;
                var ids = Enumerable.Range(0, n % 4).Select(k => (object?)(long)(n + k)).ToList();
                var q = n % 3 == 0 ? null : "q" + n;
                var dialect = dialects[n % dialects.Length];
                var result = template.Render(new Dictionary<string, object?>
                {
                    ["tenant"] = "t" + n,
                    ["ids"] = ids,
                    ["q"] = q,
                    ["sort"] = "c" + (n % 3),
                }, dialect);

                var statements = result.Command!.Statements;
                Assert.Equal(2, statements.Count);
                var expected = new List<object?> { "t" + n };
                expected.AddRange(ids);
                if (q is not null)
                {
                    expected.Add("%" + q + "%");
                }
                Assert.Equal(expected, statements[0].Values);
                Assert.EndsWith(IdentifierQuote(dialect, "c" + (n % 3)), statements[0].Sql, StringComparison.Ordinal);
                Assert.Equal(["t" + n], statements[1].Values);
                Assert.Equal("SELECT " + dialect.Placeholder(0), statements[1].Sql);
            }
        }));

        await Task.WhenAll(workers);
    }

    private static string IdentifierQuote(SqlDialect dialect, string name) =>
        dialect == SqlDialect.MySql ? $"`{name}`" : $"\"{name}\"";
}
