using System.Security.Cryptography;

namespace Sluice.Core.Settings;

/// <summary>In the local environment, fills unset keys with generated ones kept in the data
/// folder, so a newcomer needs no setup and tokens survive restarts.</summary>
public static class LocalKeys
{
    /// <summary>File name of the generated <c>SECRET_KEY</c> in the data folder.</summary>
    public const string SecretKeyFile = "secret_key";

    /// <summary>File name of the generated <c>ENCRYPTION_KEY</c> in the data folder.</summary>
    public const string EncryptionKeyFile = "encryption_key";

    /// <summary>Returns the settings with every key present, generating missing ones.</summary>
    public static SluiceSettings Complete(SluiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with
        {
            SecretKey = settings.SecretKey ?? LoadOrCreate(settings.DataDirectory, SecretKeyFile),
            EncryptionKey = settings.EncryptionKey ?? LoadOrCreate(settings.DataDirectory, EncryptionKeyFile),
        };
    }

    private static string LoadOrCreate(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 32 } existing)
        {
            return existing;
        }
        Directory.CreateDirectory(directory);
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, key + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return key;
    }
}
