namespace Sluice.Core.Datasources;

/// <summary>The outcome of checking a datasource file path.</summary>
/// <param name="Path">The canonical path to open, when allowed.</param>
/// <param name="Error">Why the path is refused, for the author; null when allowed.</param>
public sealed record DatasourceFileCheck(string? Path, string? Error)
{
    /// <summary>True when the path may be opened.</summary>
    public bool Allowed => Error is null;
}
