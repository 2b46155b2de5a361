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
    /// <inheritdoc />
    public override string ToString() => Product.IsServer()
        ? $"{Product.ToName()} {Username}@{Host}:{Port}/{Database}"
        : $"{Product.ToName()} {Database}";
}
