using Sluice.Core.Storage;

namespace Sluice.Tests.Storage;

public sealed class DatabaseUrlTests
{
    [Theory]
    [InlineData("postgresql://user:hunter2@host:5432/db", "postgresql://user:***@host:5432/db")]
    [InlineData("postgresql://user@host/db", "postgresql://user@host/db")]
    [InlineData("sqlite:///./data/sluice.db", "sqlite:///./data/sluice.db")]
    public void Redact_HidesOnlyThePassword(string url, string expected)
    {
        Assert.Equal(expected, DatabaseUrl.Redact(url));
    }

    [Fact]
    public void TryParse_BadUrl_ErrorNeverShowsThePassword()
    {
        Assert.Null(DatabaseUrl.TryParse("oracle://user:hunter2@host/db", "/tmp", out var error));
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_PostgresWithoutDatabase_SaysSo()
    {
        Assert.Null(DatabaseUrl.TryParse("postgresql://user:pw@host:5432", "/tmp", out var error));
        Assert.Contains("names no database", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_RelativeSqlite_ResolvesAgainstWorkingDirectory()
    {
        var config = DatabaseUrl.TryParse("sqlite:///meta/sluice.db", "/opt/app", out _)!;
        Assert.Equal("/opt/app/meta/sluice.db", config.SqliteFile);
        Assert.Equal("sqlite", config.ComponentName);
    }
}
