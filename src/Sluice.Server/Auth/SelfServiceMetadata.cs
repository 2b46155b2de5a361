namespace Sluice.Server.Auth;

/// <summary>Endpoint metadata: a route any signed-in user may call about themselves (their
/// profile, password, logout) — no permission needed.</summary>
internal sealed class SelfServiceMetadata
{
    public static readonly SelfServiceMetadata Instance = new();
}
