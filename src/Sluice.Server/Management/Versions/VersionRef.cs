using System.Globalization;

namespace Sluice.Server.Management.Versions;

/// <summary>One side of a version diff as a URL names it: a version id, or <c>draft</c>.</summary>
/// <param name="VersionId">The version; null for the draft.</param>
internal readonly record struct VersionRef(long? VersionId)
{
    public const string Draft = "draft";

    /// <summary>Reads a route value; records an error and returns null when it is neither.</summary>
    public static VersionRef? Parse(string field, string text, FieldErrors errors)
    {
        if (string.Equals(text, Draft, StringComparison.OrdinalIgnoreCase))
        {
            return new VersionRef(null);
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return new VersionRef(id);
        }
        errors.Add(field, $"must be a version id or '{Draft}'.");
        return null;
    }
}
