using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace Sluice.Core.Auth;

/// <summary>Argon2id password hashes in the PHC string format
/// (<c>$argon2id$v=19$m=19456,t=2,p=1$salt$hash</c>), so parameters can be raised later
/// without breaking stored hashes.</summary>
public static class PasswordHasher
{
    // OWASP's minimum recommendation for Argon2id.
    private const int MemoryKiB = 19_456;
    private const int Iterations = 2;
    private const int Parallelism = 1;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private static readonly Lazy<string> Decoy = new(() => Hash("decoy password for unknown users"));

    /// <summary>Hashes a password with a fresh random salt.</summary>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Compute(password, salt, MemoryKiB, Iterations, Parallelism, HashBytes);
        return string.Create(CultureInfo.InvariantCulture,
            $"$argon2id$v=19$m={MemoryKiB},t={Iterations},p={Parallelism}${Encode(salt)}${Encode(hash)}");
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="encoded"/>;
    /// false for any malformed hash. Compares in constant time.</summary>
    public static bool Verify(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(encoded);
        var parts = encoded.Split('$');
        if (parts.Length != 6 || parts[1] != "argon2id" || parts[2] != "v=19")
        {
            return false;
        }
        var parameters = parts[3].Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var salt = Decode(parts[4]);
        var expected = Decode(parts[5]);
        var actual = Compute(password, salt, parameters["m"], parameters["t"], parameters["p"], expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Spends the same time as a real verification, for unknown usernames, so
    /// response timing does not reveal whether a user exists.</summary>
    public static void VerifyDecoy(string password) => Verify(password, Decoy.Value);

    private static byte[] Compute(string password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            MemorySize = memoryKiB,
            Iterations = iterations,
            DegreeOfParallelism = parallelism,
        };
        return argon.GetBytes(length);
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static byte[] Decode(string text) => Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
}
