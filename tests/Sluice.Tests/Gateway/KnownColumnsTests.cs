using System.Data;
using Sluice.Server.Gateway.Results;

namespace Sluice.Tests.Gateway;

public sealed class KnownColumnsTests
{
    [Fact]
    public void Of_SameColumnsAgain_ReusesTheDescription()
    {
        var known = new KnownColumns();

        var first = known.Of(Reader(("id", typeof(long)), ("name", typeof(string))));
        var second = known.Of(Reader(("id", typeof(long)), ("name", typeof(string))));

        Assert.Same(first, second);
        Assert.Equal([ColumnKind.Int64, ColumnKind.Text], second.Kinds);
    }

    [Theory]
    [InlineData("ident", "System.Int64")]
    [InlineData("id", "System.Int32")]
    public void Of_ColumnRenamedOrRetyped_DescribesAnew(string name, string type)
    {
        var known = new KnownColumns();
        var first = known.Of(Reader(("id", typeof(long)), ("name", typeof(string))));

        var changed = known.Of(Reader((name, Type.GetType(type)!), ("name", typeof(string))));

        Assert.NotSame(first, changed);
        Assert.Equal(name, changed.Names[0]);
        Assert.Equal(type == "System.Int32" ? ColumnKind.Int32 : ColumnKind.Int64, changed.Kinds[0]);
        Assert.Same(changed, known.Of(Reader((name, Type.GetType(type)!), ("name", typeof(string)))));
    }

    [Fact]
    public void Of_ColumnAdded_DescribesAnew()
    {
        var known = new KnownColumns();
        known.Of(Reader(("id", typeof(long))));

        var wider = known.Of(Reader(("id", typeof(long)), ("price", typeof(decimal))));

        Assert.Equal(["id", "price"], wider.Names);
    }

    private static DataTableReader Reader(params (string Name, Type Type)[] columns)
    {
        var table = new DataTable();
        foreach (var (name, type) in columns)
        {
            table.Columns.Add(name, type);
        }
        return table.CreateDataReader();
    }
}
