using Sluice.Core.Connectors;

namespace Sluice.Tests.Connectors;

public sealed class StatementShapeTests
{
    [Theory]
    [InlineData("SELECT id FROM items", true)]
    [InlineData("  -- a comment\nselect 1", true)]
    [InlineData("(SELECT 1) UNION (SELECT 2)", true)]
    [InlineData("WITH x AS (SELECT 1 AS a) SELECT a FROM x", true)]
    [InlineData("WITH x AS (SELECT 1 AS a) DELETE FROM t WHERE id IN (SELECT a FROM x)", false)]
    [InlineData("SELECT id INTO @v FROM items", false)]
    [InlineData("SELECT * FROM items INTO OUTFILE '/tmp/x'", false)]
    [InlineData("SELECT id FROM items FOR UPDATE", false)]
    [InlineData("INSERT INTO items (id) VALUES (1)", false)]
    [InlineData("UPDATE items SET qty = 1", false)]
    public void IsPlainSelect_ReadsOnlyPlainQueries(string sql, bool plain)
    {
        Assert.Equal(plain, StatementShape.IsPlainSelect(sql));
    }
}
