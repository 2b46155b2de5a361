using System.Security.Cryptography;
using System.Text;

namespace Sluice.Core.Clients;

/// <summary>Generates client ids and secrets and checks secrets in constant time.</summary>
public static class ClientSecrets
{
    private static readonly string DecoyHash = Hash(NewSecret());

    /// <summary>A new public client id, e.g. <c>cl_3f9a…</c>.</summary>
    public static string NewClientId() => "cl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));

    /// <summary>A new secret with 256 bits of entropy, URL-safe.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a secret.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? "")));

    /// <summary>True when <paramref name="secret"/> matches <paramref name="storedHash"/>; with a
    /// null hash (unknown client) it does the same work against a decoy and returns false.</summary>
    public static bool Verify(string secret, string? storedHash)
    {
        var expected = Convert.FromHexString(storedHash ?? DecoyHash);
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? ""));
        return CryptographicOperations.FixedTimeEquals(actual, expected) && storedHash is not null;
    }
}
