namespace Sluice.Cli;

/// <summary>Process exit codes, stable for scripts.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>A runtime failure: a database unreachable, a port in use.</summary>
    public const int Failure = 1;
    /// <summary>The command line or the settings are wrong.</summary>
    public const int Usage = 2;
    /// <summary><c>migrate status</c>: the schema is not at head.</summary>
    public const int NotAtHead = 3;
}
