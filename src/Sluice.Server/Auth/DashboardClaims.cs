namespace Sluice.Server.Auth;

/// <summary>Claim names and values of dashboard (management) tokens.</summary>
internal static class DashboardClaims
{
    public const string Issuer = "sluice";
    public const string Audience = "sluice-management";
    public const string Type = "type";
    public const string DashboardType = "dashboard";
    public const string Session = "sid";
    public const string Username = "name";

    /// <summary>The signed-in user's id (the token's <c>sub</c>).</summary>
    public static long UserId(System.Security.Claims.ClaimsPrincipal principal) =>
        long.Parse(principal.FindFirst("sub")!.Value, System.Globalization.CultureInfo.InvariantCulture);
}
