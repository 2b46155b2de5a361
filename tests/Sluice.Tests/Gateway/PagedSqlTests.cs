using Sluice.Core.Templates;
using Sluice.Server.Gateway;

namespace Sluice.Tests.Gateway;

public sealed class PagedSqlTests
{
    [Fact]
    public void Limit_SameTextAgain_ReusesTheTextAndAppendsTheWindow()
    {
        var texts = new PagedSql();
        var window = new PageWindow(3, 20, CountTotal: false);

        var first = window.Limit(new BoundStatement("SELECT * FROM t WHERE a = $1", [7L]), SqlDialect.Postgres, texts);
        var second = window.Limit(new BoundStatement("SELECT * FROM t WHERE a = $1", [8L]), SqlDialect.Postgres, texts);

        Assert.Equal("SELECT * FROM t WHERE a = $1 LIMIT $2 OFFSET $3", first.Sql);
        Assert.Same(first.Sql, second.Sql);
        Assert.Equal([8L, 20L, 40L], second.Values);
    }

    [Fact]
    public void Limit_TextOrDialectChanges_MakesTheNewText()
    {
        var texts = new PagedSql();
        var window = new PageWindow(1, 10, CountTotal: false);

        window.Limit(new BoundStatement("SELECT * FROM t WHERE a = $1", [1L]), SqlDialect.Postgres, texts);
        var longer = window.Limit(new BoundStatement("SELECT * FROM t WHERE a IN ($1, $2)", [1L, 2L]), SqlDialect.Postgres, texts);
        var mysql = window.Limit(new BoundStatement("SELECT * FROM t WHERE a IN ($1, $2)", [1L, 2L]), SqlDialect.MySql, texts);

        Assert.Equal("SELECT * FROM t WHERE a IN ($1, $2) LIMIT $3 OFFSET $4", longer.Sql);
        Assert.Equal("SELECT * FROM t WHERE a IN ($1, $2) LIMIT ? OFFSET ?", mysql.Sql);
    }

    [Fact]
    public void CountOf_WrapsTheStatementOncePerText()
    {
        var texts = new PagedSql();

        var first = PageWindow.CountOf(new BoundStatement("SELECT id FROM t", []), texts);
        var again = PageWindow.CountOf(new BoundStatement("SELECT id FROM t", [1L]), texts);
        var other = PageWindow.CountOf(new BoundStatement("SELECT id FROM u", []), texts);

        Assert.Equal("SELECT COUNT(*) FROM (SELECT id FROM t) sluice_count", first.Sql);
        Assert.Same(first.Sql, again.Sql);
        Assert.Equal([1L], again.Values);
        Assert.Equal("SELECT COUNT(*) FROM (SELECT id FROM u) sluice_count", other.Sql);
    }
}
