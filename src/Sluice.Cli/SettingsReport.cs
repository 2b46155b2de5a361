using Sluice.Core.Settings;

namespace Sluice.Cli;

/// <summary>Prints setting problems one per line, each with its fix.</summary>
internal static class SettingsReport
{
    public static void Warn(TextWriter error, IEnumerable<SettingProblem> warnings)
    {
        foreach (var warning in warnings)
        {
            error.WriteLine($"warning: {warning}");
        }
    }

    /// <summary>Prints the errors and returns the exit code for bad settings.</summary>
    public static int Refuse(TextWriter error, IReadOnlyList<SettingProblem> errors)
    {
        error.WriteLine($"Sluice cannot start: {errors.Count} setting problem{(errors.Count == 1 ? "" : "s")}.");
        foreach (var problem in errors)
        {
            error.WriteLine($"  {problem}");
        }
        error.WriteLine("Settings are read from environment variables and ./.env; see the settings table in README.md.");
        return ExitCodes.Usage;
    }
}
