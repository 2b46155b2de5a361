namespace Sluice.Core.Scripting;

/// <summary>What one script run may use before the sandbox stops it.</summary>
/// <param name="Timeout">Wall time for the whole run, awaited Promises included (<c>SCRIPT_EXEC_TIMEOUT</c>).</param>
/// <param name="MemoryLimitMb">Megabytes the run may allocate (<c>SCRIPT_MEMORY_LIMIT_MB</c>).</param>
/// <param name="MaxStatements">Statements the run may execute (<c>SCRIPT_MAX_STATEMENTS</c>).</param>
/// <param name="MaxRecursion">Deepest call stack the run may build (<c>SCRIPT_MAX_RECURSION</c>).</param>
public sealed record ScriptLimits(TimeSpan Timeout, int MemoryLimitMb, int MaxStatements, int MaxRecursion)
{
    /// <summary>The documented defaults.</summary>
    public static ScriptLimits Default { get; } = new(TimeSpan.FromSeconds(10), 64, 10_000_000, 256);

    /// <summary>The memory limit in bytes, as the engine counts it.</summary>
    public long MemoryLimitBytes => MemoryLimitMb * 1024L * 1024L;
}
