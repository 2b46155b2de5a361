using Sluice.Cli;

namespace Sluice.Tests.Cli;

public sealed class CliArgumentsTests
{
    [Fact]
    public void Parse_WordsOptionsAndFlags_AreSeparated()
    {
        var arguments = new CliArguments(["down", "--to", "3", "--urls=http://x", "--no-migrate"], new HashSet<string> { "no-migrate" });

        Assert.Equal(["down"], arguments.Words);
        Assert.Equal(3, arguments.Number("to"));
        Assert.Equal("http://x", arguments.Option("urls"));
        Assert.True(arguments.Flag("no-migrate"));
    }

    [Fact]
    public void Parse_OptionWithoutValue_IsAUsageError()
    {
        var error = Assert.Throws<CliUsageException>(() => new CliArguments(["--to"], new HashSet<string>()));
        Assert.Contains("--to needs a value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_NotANumber_IsAUsageError()
    {
        var arguments = new CliArguments(["--steps", "two"], new HashSet<string>());
        Assert.Throws<CliUsageException>(() => arguments.Number("steps"));
    }
}
