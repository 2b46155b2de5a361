using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>macros.language: what a macro is written in, <c>sql</c> (a template fragment SQL
/// templates include) or <c>javascript</c> (a module scripts import). Existing macros are SQL.</summary>
[Migration(11, "macros: language (sql or javascript)")]
public sealed class M0011MacroLanguage : Migration
{
    /// <inheritdoc />
    public override void Up() => Alter.Table("macros").AddColumn("language").AsCustom("TEXT").NotNullable().WithDefaultValue("sql");

    /// <inheritdoc />
    public override void Down() => Delete.Column("language").FromTable("macros");
}
