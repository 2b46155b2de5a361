using System.CommandLine;
using Sluice.Cli;

namespace Sluice.Tests.Cli;

/// <summary>How <c>sluice</c> answers help, version and wrong command lines, before any verb
/// touches settings or databases.</summary>
public sealed class CliParsingTests
{
    public static TheoryData<string[]> EveryCommand()
    {
        var data = new TheoryData<string[]>();
        var root = SluiceCli.CreateRoot(NewContext(new StringWriter(), new StringWriter()));
        void Walk(Command command, string[] path)
        {
            data.Add(path);
            foreach (var child in command.Subcommands)
            {
                Walk(child, [.. path, child.Name]);
            }
        }
        Walk(root, []);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task RunAsync_HelpOnAnyCommand_PrintsItsUsageAndExitsZero(string[] path)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            var (exitCode, output, error) = await RunAsync([.. path, help]);

            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
            Assert.Contains(string.Join(' ', ["sluice", .. path]), output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_ServeHelp_ListsEveryOptionWithTheDefaultAddress()
    {
        var (exitCode, output, _) = await RunAsync("serve", "--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--urls", "--no-migrate", "--demo", "http://127.0.0.1:8080" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("help")]
    public async Task RunAsync_NoCommandOrHelpVerb_PrintsTopLevelHelpWithExitCodes(params string[] args)
    {
        var (exitCode, output, error) = await RunAsync(args);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("serve", output, StringComparison.Ordinal);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 ok, 1 runtime failure", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HelpVerbWithCommand_PrintsThatCommandsHelp()
    {
        var (exitCode, output, _) = await RunAsync("help", "migrate", "down");

        Assert.Equal(0, exitCode);
        Assert.Contains("sluice migrate down", output, StringComparison.Ordinal);
        Assert.Contains("--steps", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Version_PrintsTheProductVersion()
    {
        var (exitCode, output, error) = await RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal($"sluice {ProductVersion.Text}", output.TrimEnd());
        Assert.StartsWith("0.1.0", ProductVersion.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'8080' is not a URL", "serve", "--urls", "8080")]
    [InlineData("--urls: 'ftp://x:1' has a scheme other than http or https", "serve", "--urls", "ftp://x:1")]
    [InlineData("--urls: 'http://127.0.0.1:99999'", "serve", "--urls", "http://127.0.0.1:8080;http://127.0.0.1:99999")]
    [InlineData("--urls", "serve", "--urls")]
    [InlineData("'--port'", "serve", "--port", "80")]
    [InlineData("'extra'", "serve", "extra")]
    [InlineData("'bogus'", "bogus")]
    [InlineData("migrate needs a verb: up, down, status or stamp.", "migrate")]
    [InlineData("--to must be a whole number (0, 1, 2…), not '-1'.", "migrate", "up", "--to", "-1")]
    [InlineData("--steps must be a whole number (0, 1, 2…), not 'two'.", "migrate", "down", "--steps", "two")]
    [InlineData("--steps must be at least 1, not 0.", "migrate", "down", "--steps", "0")]
    [InlineData("exactly one of --to <version> or --steps <n>", "migrate", "down")]
    [InlineData("exactly one of --to <version> or --steps <n>", "migrate", "down", "--to", "1", "--steps", "1")]
    [InlineData("<version> must be a whole number (0, 1, 2…), not 'x'.", "migrate", "stamp", "x")]
    [InlineData("'version'", "migrate", "stamp")]
    public async Task RunAsync_WrongCommandLine_ExitsTwoWithOneLineNamingTheProblem(string expected, params string[] args)
    {
        var (exitCode, output, error) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WrongOptionOfSubcommand_PointsToThatCommandsHelp()
    {
        var (_, _, error) = await RunAsync("migrate", "down", "--steps", "two");

        Assert.Contains("Run 'sluice migrate down --help' for usage.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:0", new[] { "http://127.0.0.1:0" })]
    [InlineData("http://0.0.0.0:8080; http://[::]:8080", new[] { "http://0.0.0.0:8080", "http://[::]:8080" })]
    [InlineData("https://localhost:8443,http://*:8080", new[] { "https://localhost:8443", "http://*:8080" })]
    public void UrlsOption_ValidAddresses_SplitOnSemicolonOrComma(string raw, string[] expected)
    {
        var urls = Sluice.Cli.Commands.ListenUrls.CreateOption();
        var command = new RootCommand { urls };

        var result = command.Parse(["--urls", raw]);

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.GetValue(urls));
    }

    [Fact]
    public void UrlsOption_NotGiven_IsTheLoopbackDefault()
    {
        var urls = Sluice.Cli.Commands.ListenUrls.CreateOption();
        var result = new RootCommand { urls }.Parse([]);

        Assert.Equal(["http://127.0.0.1:8080"], result.GetRequiredValue(urls));
    }

    private static CliContext NewContext(StringWriter output, StringWriter error) =>
        new(output, error, Directory.GetCurrentDirectory(), new Dictionary<string, string>());

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await SluiceCli.RunAsync(args, NewContext(output, error));
        return (exitCode, output.ToString(), error.ToString());
    }
}
