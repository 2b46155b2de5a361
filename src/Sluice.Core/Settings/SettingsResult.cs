namespace Sluice.Core.Settings;

/// <summary>The outcome of reading settings: the settings when there were no errors, and
/// every error and warning found.</summary>
/// <param name="Settings">Null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Problems that stop startup.</param>
/// <param name="Warnings">Problems tolerated in the local environment.</param>
public sealed record SettingsResult(SluiceSettings? Settings, IReadOnlyList<SettingProblem> Errors, IReadOnlyList<SettingProblem> Warnings);
