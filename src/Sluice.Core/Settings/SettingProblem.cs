namespace Sluice.Core.Settings;

/// <summary>One setting that is missing, invalid or unsafe, with how to fix it.</summary>
/// <param name="Name">The environment variable's name.</param>
/// <param name="Message">What is wrong with it.</param>
/// <param name="Fix">What the operator should do.</param>
public sealed record SettingProblem(string Name, string Message, string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Message} Fix: {Fix}";
}
