namespace Sluice.Cli;

/// <summary>The command line was wrong; the message says how.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
