namespace Sluice.Core.Storage.Migrations;

/// <summary>One migration that Sluice ships.</summary>
/// <param name="Version">Its version number; versions only grow.</param>
/// <param name="Description">What it changes.</param>
public sealed record MigrationStep(long Version, string Description);
