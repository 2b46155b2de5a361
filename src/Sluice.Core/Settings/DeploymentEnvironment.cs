namespace Sluice.Core.Settings;

/// <summary>The <c>ENVIRONMENT</c> setting: how forgiving startup is.</summary>
public enum DeploymentEnvironment
{
    /// <summary>A developer's machine: unsafe secrets are warnings, errors show details.</summary>
    Local,
    /// <summary>A pre-production deployment: strict like production.</summary>
    Staging,
    /// <summary>Production: unsafe secrets refuse startup.</summary>
    Production,
}
