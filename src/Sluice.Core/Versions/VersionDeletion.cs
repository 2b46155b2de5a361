namespace Sluice.Core.Versions;

/// <summary>What became of a request to delete a version.</summary>
public enum VersionDeletion
{
    /// <summary>The version is gone.</summary>
    Deleted,
    /// <summary>There is no such version of that API or macro.</summary>
    NotFound,
    /// <summary>Refused: it is the published version.</summary>
    Published,
}
