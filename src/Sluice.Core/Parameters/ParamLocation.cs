namespace Sluice.Core.Parameters;

/// <summary>Where a gateway request carries a parameter.</summary>
public enum ParamLocation
{
    /// <summary>The query string (<c>?name=value</c>; repeated keys fill arrays).</summary>
    Query,
    /// <summary>A path segment (<c>users/{id}</c>).</summary>
    Path,
    /// <summary>A request header.</summary>
    Header,
    /// <summary>A field of a JSON object or form body; <c>body</c> names a whole JSON array body.</summary>
    Body,
}
