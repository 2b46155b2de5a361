using Sluice.Core.Datasources;

namespace Sluice.Core.Connectors;

/// <summary>Everything needed to reach a database, with the password in clear (held in
/// memory only, never logged).</summary>
/// <param name="Product">The engine.</param>
/// <param name="Host">Server host (server engines).</param>
/// <param name="Port">Server port, or null for the engine's default.</param>
/// <param name="Database">Database name, or file path for SQLite and DuckDB.</param>
/// <param name="Username">Login (server engines).</param>
/// <param name="Password">Password (server engines).</param>
/// <param name="Options">Extra driver connection-string settings.</param>
public sealed record ConnectionSpec(ProductType Product, string? Host, int? Port, string Database, string? Username, string? Password,
    IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The option a superuser sets to run a SQLite or DuckDB datasource outside the
    /// file sandbox and <c>DATASOURCE_FILE_ROOTS</c>.</summary>
    public const string UnrestrictedOption = "unrestricted";

    /// <summary>True when the datasource opted out of the file sandbox (<c>options.unrestricted: true</c>).</summary>
    public bool Unrestricted => Options.TryGetValue(UnrestrictedOption, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The options meant for the driver (without Sluice's own).</summary>
    public IEnumerable<KeyValuePair<string, string>> DriverOptions =>
        Options.Where(option => !string.Equals(option.Key, UnrestrictedOption, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override string ToString() => Product.IsServer()
        ? $"{Product.ToName()} {Username}@{Host}:{Port}/{Database}"
        : $"{Product.ToName()} {Database}";
}
