namespace Sluice.IntegrationTests.Gateway;

/// <summary>Values that break string-built SQL on one engine or another.</summary>
internal static class HostileValues
{
    public static readonly string[] All =
    [
        "O'Brien \"quoted\"",
        "back\\slash\\",
        "\\'; DROP TABLE items; --",
        "'; DROP TABLE items; --",
        "/* comment */ 1 OR 1=1",
        "ünïcødé ✓ 漢字 🚀",
        "tab\tand $1 ? @p0 :name",
        "semi;colon",
        "multi\nline",
        "per%cent_under",
    ];
}
