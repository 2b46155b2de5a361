using Sluice.Core.Templates;

namespace Sluice.Core.Datasources;

/// <summary>The wire names of <see cref="ProductType"/> (<c>postgres|mysql|sqlite|duckdb</c>)
/// and what each implies.</summary>
public static class ProductTypes
{
    /// <summary>Every accepted wire name.</summary>
    public static IReadOnlyList<string> Names { get; } = ["postgres", "mysql", "sqlite", "duckdb"];

    /// <summary>The wire name.</summary>
    public static string ToName(this ProductType type) => Names[(int)type];

    /// <summary>Parses a wire name (case-insensitive).</summary>
    public static ProductType? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "postgres" or "postgresql" => ProductType.Postgres,
        "mysql" or "mariadb" => ProductType.MySql,
        "sqlite" => ProductType.Sqlite,
        "duckdb" => ProductType.DuckDb,
        _ => null,
    };

    /// <summary>True for engines reached over the network (host, port, user, password).</summary>
    public static bool IsServer(this ProductType type) => type is ProductType.Postgres or ProductType.MySql;

    /// <summary>The placeholder dialect of the engine.</summary>
    public static SqlDialect Dialect(this ProductType type) => type switch
    {
        ProductType.Postgres => SqlDialect.Postgres,
        ProductType.MySql => SqlDialect.MySql,
        ProductType.Sqlite => SqlDialect.Sqlite,
        _ => SqlDialect.DuckDb,
    };
}
