namespace Sluice.Core.Datasources;

/// <summary>A row of the <c>datasources</c> table.</summary>
public sealed class DatasourceRecord
{
    /// <summary>Primary key.</summary>
    public long Id { get; init; }
    /// <summary>Unique display name.</summary>
    public string Name { get; init; } = "";
    /// <summary>Wire name of the engine (<c>postgres</c>, <c>mysql</c>, <c>sqlite</c>, <c>duckdb</c>).</summary>
    public string ProductType { get; init; } = "";
    /// <summary>Server host (server engines).</summary>
    public string? Host { get; init; }
    /// <summary>Server port (server engines).</summary>
    public int? Port { get; init; }
    /// <summary>Database name, or the file path for SQLite and DuckDB.</summary>
    public string Database { get; init; } = "";
    /// <summary>Login name (server engines).</summary>
    public string? Username { get; init; }
    /// <summary>Password sealed by <see cref="Security.SecretBox"/>.</summary>
    public string? PasswordEncrypted { get; init; }
    /// <summary>Extra driver settings as a JSON object of strings.</summary>
    public string? Options { get; init; }
    /// <summary>For people.</summary>
    public string? Description { get; init; }
    /// <summary>An inactive datasource answers 503 at the gateway.</summary>
    public bool IsActive { get; init; }
    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The last failure real traffic met (the datasource's or the API's, not a caller's), or null.</summary>
    public string? LastError { get; init; }
    /// <summary>When <see cref="LastError"/> happened (UTC).</summary>
    public DateTimeOffset? LastErrorAt { get; init; }
    /// <summary>The last time a statement ran to completion on it (UTC); newer than
    /// <see cref="LastErrorAt"/> when it has recovered.</summary>
    public DateTimeOffset? LastOkAt { get; init; }

    /// <summary>True when <paramref name="other"/> connects to the same place the same way, so
    /// a pool built for one serves the other.</summary>
    public bool SameConnectionAs(DatasourceRecord other) =>
        other is not null && ProductType == other.ProductType && Host == other.Host && Port == other.Port && Database == other.Database
        && Username == other.Username && PasswordEncrypted == other.PasswordEncrypted && Options == other.Options;

    /// <summary>The parsed engine.</summary>
    public ProductType Product => ProductTypes.Parse(ProductType) ?? throw new InvalidOperationException($"Unknown product type '{ProductType}'.");
}
