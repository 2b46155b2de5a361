namespace Sluice.Core.Datasources;

/// <summary>The writable fields of a datasource, validated. <see cref="Password"/> null means
/// "keep the stored one" on update.</summary>
public sealed record DatasourceFields(string Name, ProductType Product, string? Host, int? Port, string Database, string? Username,
    string? Password, string? Options, string? Description, bool IsActive);
