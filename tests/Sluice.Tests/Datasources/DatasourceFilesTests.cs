using Sluice.Core.Datasources;

namespace Sluice.Tests.Datasources;

public sealed class DatasourceFilesTests : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("sluice-files-").FullName;

    private string Roots => Path.Combine(_base, "roots");
    private string Store => Path.Combine(_base, "data", "sluice.db");

    public DatasourceFilesTests()
    {
        Directory.CreateDirectory(Roots);
        Directory.CreateDirectory(Path.GetDirectoryName(Store)!);
        File.WriteAllText(Store, "");
    }

    private DatasourceFiles Rules() => new([Roots], [Store], _base);

    [Fact]
    public void Check_FileUnderRoots_AllowedWithCanonicalPath()
    {
        var check = Rules().Check(Path.Combine("roots", "sub", "..", "shop.db"), checkRoots: true);

        Assert.True(check.Allowed, check.Error);
        Assert.Equal(Path.Combine(Roots, "shop.db"), check.Path);
    }

    [Fact]
    public void Check_FolderWhoseNameExtendsARoot_Refused()
    {
        Assert.False(Rules().Check(Roots + "-evil/shop.db", checkRoots: true).Allowed);
    }

    [Fact]
    public void Check_DotDotAfterLinkedFolder_FollowsTheLinkLikeTheKernel()
    {
        // roots/link -> data/inner; roots/link/../sluice.db is data/sluice.db, not roots/sluice.db.
        var inner = Path.Combine(Path.GetDirectoryName(Store)!, "inner");
        Directory.CreateDirectory(inner);
        Directory.CreateSymbolicLink(Path.Combine(Roots, "link"), inner);

        var check = Rules().Check(Path.Combine(Roots, "link", "..", "sluice.db"), checkRoots: true);

        Assert.False(check.Allowed);
        Assert.Contains("Sluice's own files", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProtectedFileWithOtherCaseOrSibling_RefusedEvenWithoutRoots()
    {
        var rules = Rules();

        Assert.False(rules.Check(Store.ToUpperInvariant(), checkRoots: false).Allowed);
        Assert.False(rules.Check(Store + "-shm", checkRoots: false).Allowed);
        Assert.False(rules.Check(Store + ".wal", checkRoots: false).Allowed);
    }

    [Theory]
    [InlineData("file:shop.db")]
    [InlineData(":memory:")]
    [InlineData("md:shop")]
    [InlineData("s3://bucket/shop.duckdb")]
    public void Check_UriOrSpecialName_Refused(string database)
    {
        Assert.False(Rules().Check(database, checkRoots: false).Allowed);
    }

    [Fact]
    public void Check_LinkLoop_RefusedWithoutHanging()
    {
        File.CreateSymbolicLink(Path.Combine(Roots, "a"), Path.Combine(Roots, "b"));
        File.CreateSymbolicLink(Path.Combine(Roots, "b"), Path.Combine(Roots, "a"));

        Assert.False(Rules().Check(Path.Combine(Roots, "a"), checkRoots: true).Allowed);
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);
}
