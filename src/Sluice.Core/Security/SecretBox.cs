using System.Security.Cryptography;
using System.Text;

namespace Sluice.Core.Security;

/// <summary>Encrypts secrets at rest (datasource passwords) with AES-256-GCM under a key
/// derived from <c>ENCRYPTION_KEY</c>. The stored form is <c>v1:</c> + base64(nonce | tag |
/// ciphertext), so the scheme can change later without guessing.</summary>
public sealed class SecretBox
{
    private const string Prefix = "v1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _key;

    /// <summary>Derives the AES key from the configured encryption key.</summary>
    public SecretBox(string encryptionKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(encryptionKey);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(encryptionKey), 32, info: "sluice secrets v1"u8.ToArray());
    }

    /// <summary>Encrypts <paramref name="plaintext"/> with a fresh nonce.</summary>
    public string Seal(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceBytes + TagBytes + data.Length];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, data, output.AsSpan(NonceBytes + TagBytes), output.AsSpan(NonceBytes, TagBytes));
        return Prefix + Convert.ToBase64String(output);
    }

    /// <summary>Decrypts a value made by <see cref="Seal"/>; null when it was sealed under
    /// another key or altered.</summary>
    public string? Open(string sealedText)
    {
        ArgumentNullException.ThrowIfNull(sealedText);
        if (!sealedText.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        byte[] input;
        try
        {
            input = Convert.FromBase64String(sealedText[Prefix.Length..]);
        }
        catch (FormatException)
        {
            return null;
        }
        if (input.Length < NonceBytes + TagBytes)
        {
            return null;
        }
        var plaintext = new byte[input.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(input.AsSpan(0, NonceBytes), input.AsSpan(NonceBytes + TagBytes), input.AsSpan(NonceBytes, TagBytes), plaintext);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        return Encoding.UTF8.GetString(plaintext);
    }
}
