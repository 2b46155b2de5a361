using Sluice.Server.Hosting;

namespace Sluice.Cli;

/// <summary>Where a command writes, which folder it runs in, and (for tests) how to adjust the
/// server it hosts.</summary>
/// <param name="Out">Normal output.</param>
/// <param name="Error">Warnings and errors.</param>
/// <param name="WorkingDirectory">Where <c>.env</c> and relative paths are resolved.</param>
/// <param name="Environment">Setting values to use instead of the process environment.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, IReadOnlyDictionary<string, string>? Environment)
{
    /// <summary>Applied to the server's options before it starts.</summary>
    public Func<ServeOptions, ServeOptions>? AdjustServe { get; init; }

    /// <summary>Told the listening addresses once <c>serve</c> accepts requests.</summary>
    public Action<IReadOnlyCollection<string>>? Started { get; init; }

    /// <summary>Cancels a running <c>serve</c>.</summary>
    public CancellationToken Stopping { get; init; }

    /// <summary>Raw setting values: the given ones, or <c>.env</c> plus the environment.</summary>
    public IReadOnlyDictionary<string, string> SettingValues() =>
        Environment ?? Core.Settings.SettingsLoader.ReadValues(WorkingDirectory);
}
