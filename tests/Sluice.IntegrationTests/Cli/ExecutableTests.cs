using System.Diagnostics;

namespace Sluice.IntegrationTests.Cli;

/// <summary>The built <c>sluice</c> executable as a shell runs it: exit codes and what reaches
/// stdout and stderr.</summary>
public sealed class ExecutableTests
{
    [Fact]
    public async Task Serve_UrlsWithoutScheme_ExitsTwoWithOneLineAndNoStackTrace()
    {
        var (exitCode, output, error) = await RunAsync("serve", "--urls", "8080");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--urls: '8080' is not a URL", line, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeHelp_PrintsUsageAndExitsZero()
    {
        var (exitCode, output, error) = await RunAsync("serve", "--help");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("sluice serve [options]", output, StringComparison.Ordinal);
        Assert.Contains("--no-migrate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheProductVersionAndExitsZero()
    {
        var (exitCode, output, _) = await RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^sluice \d+\.\d+\.\d+", output);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory.CreateTempSubdirectory("sluice-cli-").FullName,
        };
        start.ArgumentList.Add(typeof(Sluice.Cli.SluiceCli).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
