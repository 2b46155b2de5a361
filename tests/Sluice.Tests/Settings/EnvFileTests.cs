using Sluice.Core.Settings;

namespace Sluice.Tests.Settings;

public sealed class EnvFileTests
{
    [Fact]
    public void Parse_CommentsQuotesAndExport_ReadsValues()
    {
        var values = EnvFile.Parse("""
            # a comment
            export SECRET_KEY=abc
            DATABASE_URL="postgresql://u:p@h/db"
            FRONTEND_HOST='http://localhost:5173'
            ENVIRONMENT=local # trailing note

            NOT A SETTING
            """);

        Assert.Equal("abc", values["SECRET_KEY"]);
        Assert.Equal("postgresql://u:p@h/db", values["DATABASE_URL"]);
        Assert.Equal("http://localhost:5173", values["FRONTEND_HOST"]);
        Assert.Equal("local", values["ENVIRONMENT"]);
        Assert.Equal(4, values.Count);
    }

    [Fact]
    public void Parse_ValueWithHashInsideQuotes_KeepsIt()
    {
        var values = EnvFile.Parse("FIRST_SUPERUSER_PASSWORD=\"pa ss #1\"");
        Assert.Equal("pa ss #1", values["FIRST_SUPERUSER_PASSWORD"]);
    }

    [Fact]
    public void Load_MissingFile_IsEmpty()
    {
        Assert.Empty(EnvFile.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString(), ".env")));
    }
}
