using System.Security.Cryptography;

namespace Sluice.Core.Settings;

/// <summary>In the local environment, fills unset keys with generated ones kept in the data
/// folder, so a newcomer needs no setup and tokens survive restarts.</summary>
public static class LocalKeys
{
    /// <summary>Returns the settings with every key present, generating missing ones.</summary>
    public static SluiceSettings Complete(SluiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with
        {
            SecretKey = settings.SecretKey ?? LoadOrCreate(settings.DataDirectory, "secret_key"),
            EncryptionKey = settings.EncryptionKey ?? LoadOrCreate(settings.DataDirectory, "encryption_key"),
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
