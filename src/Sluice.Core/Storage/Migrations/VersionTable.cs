using FluentMigrator.Runner.VersionTableInfo;

namespace Sluice.Core.Storage.Migrations;

/// <summary>The table that records applied migrations, named in the schema's snake_case.</summary>
internal sealed class VersionTable : IVersionTableMetaData
{
    public const string Name = "schema_migrations";

    public bool OwnsSchema => false;
    public string SchemaName => "";
    public string TableName => Name;
    public string ColumnName => "version";
    public string DescriptionColumnName => "description";
    public string UniqueIndexName => "ux_schema_migrations_version";
    public string AppliedOnColumnName => "applied_on";
    public bool CreateWithPrimaryKey => false;
}
