using Sluice.Cli;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>Runs the <c>sluice</c> command line in-process with given settings and captures
/// what it prints.</summary>
internal static class CliRun
{
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await SluiceCli.RunAsync(args, new CliContext(output, error, Directory.GetCurrentDirectory(), settings));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
