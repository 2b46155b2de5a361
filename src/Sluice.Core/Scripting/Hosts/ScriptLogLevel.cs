namespace Sluice.Core.Scripting.Hosts;

/// <summary>The level of a line a script logs.</summary>
public enum ScriptLogLevel
{
    /// <summary><c>log.info</c>.</summary>
    Info,
    /// <summary><c>log.warn</c>.</summary>
    Warn,
    /// <summary><c>log.error</c>.</summary>
    Error,
}
