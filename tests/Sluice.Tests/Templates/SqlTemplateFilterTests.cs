using Microsoft.Extensions.Time.Testing;
using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class SqlTemplateFilterTests
{
    private static readonly TemplateOptions Columns = new()
    {
        AllowedIdentifiers = new HashSet<string> { "name", "id", "u.created_at", "we\"ird`" },
    };

    [Theory]
    [InlineData(SqlDialect.Postgres, "SELECT * FROM t ORDER BY \"name\" DESC")]
    [InlineData(SqlDialect.DuckDb, "SELECT * FROM t ORDER BY \"name\" DESC")]
    [InlineData(SqlDialect.Sqlite, "SELECT * FROM t ORDER BY \"name\" DESC")]
    [InlineData(SqlDialect.MySql, "SELECT * FROM t ORDER BY `name` DESC")]
    public void Ident_AllowedName_EmitsQuotedIdentifierAsText(SqlDialect dialect, string expected)
    {
        var statement = TemplateRun.Statement("SELECT * FROM t ORDER BY {{ sort | ident }} {{ dir | sort_direction }}",
            new() { ["sort"] = "name", ["dir"] = "desc" }, dialect, Columns);

        Assert.Equal(expected, statement.Sql);
        Assert.Empty(statement.Values);
    }

    [Theory]
    [InlineData(SqlDialect.Postgres, "\"u\".\"created_at\"")]
    [InlineData(SqlDialect.MySql, "`u`.`created_at`")]
    public void Ident_DottedNameListedWhole_QuotesEachPart(SqlDialect dialect, string expected)
    {
        var statement = TemplateRun.Statement("ORDER BY {{ sort | ident }}", new() { ["sort"] = "u.created_at" }, dialect, Columns);

        Assert.Equal("ORDER BY " + expected, statement.Sql);
    }

    [Fact]
    public void Ident_DottedNameWhosePartsAreListedSeparately_IsRefused()
    {
        var result = TemplateRun.Render("ORDER BY {{ sort | ident }}", new() { ["sort"] = "id.name" }, options: Columns);

        Assert.Equal(TemplateRenderFailure.ValueRefused, result.Failure);
        Assert.Contains("'id.name' is not an allowed identifier", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SqlDialect.Postgres, "\"we\"\"ird`\"")]
    [InlineData(SqlDialect.MySql, "`we\"ird```")]
    public void Ident_QuoteCharacterInAllowedName_IsDoubled(SqlDialect dialect, string expected)
    {
        var statement = TemplateRun.Statement("ORDER BY {{ sort | ident }}", new() { ["sort"] = "we\"ird`" }, dialect, Columns);

        Assert.Equal("ORDER BY " + expected, statement.Sql);
    }

    [Fact]
    public void Ident_NameNotAllowed_FailsNamingValueAndAllowedList()
    {
        var result = TemplateRun.Render("ORDER BY {{ sort | ident }}", new() { ["sort"] = "drop" },
            options: new TemplateOptions { AllowedIdentifiers = new HashSet<string> { "name", "id" } });

        Assert.Null(result.Command);
        Assert.Equal("ident: 'drop' is not an allowed identifier (allowed: id, name)", result.Error);
        Assert.Equal(TemplateRenderFailure.ValueRefused, result.Failure);
    }

    [Theory]
    [InlineData("name\"; DROP TABLE t; --")]
    [InlineData("NAME")]
    [InlineData(" name")]
    public void Ident_NearMissOrHostileName_IsRefused(string value)
    {
        var result = TemplateRun.Render("ORDER BY {{ sort | ident }}", new() { ["sort"] = value }, options: Columns);

        Assert.Equal(TemplateRenderFailure.ValueRefused, result.Failure);
    }

    [Fact]
    public void Ident_MissingValue_IsRefused()
    {
        var result = TemplateRun.Render("ORDER BY {{ sort | ident }}", options: Columns);

        Assert.Equal(TemplateRenderFailure.ValueRefused, result.Failure);
        Assert.StartsWith("ident: a value is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ident_NoAllowedIdentifiers_RefusesEverything()
    {
        var error = TemplateRun.Error("ORDER BY {{ sort | ident }}", new() { ["sort"] = "id" });

        Assert.Equal("ident: 'id' is not an allowed identifier (no identifiers are allowed)", error);
    }

    [Fact]
    public void Parse_EmptyAllowedIdentifier_IsAnError()
    {
        var result = SqlTemplate.Parse("SELECT 1", new TemplateOptions { AllowedIdentifiers = new HashSet<string> { "a..b" } });

        Assert.Null(result.Template);
        Assert.Contains("'a..b'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asc", "ASC")]
    [InlineData("DESC", "DESC")]
    [InlineData("Desc", "DESC")]
    public void SortDirection_AscOrDesc_EmitsKeyword(string value, string expected)
    {
        var statement = TemplateRun.Statement("ORDER BY id {{ dir | sort_direction }}", new() { ["dir"] = value });

        Assert.Equal("ORDER BY id " + expected, statement.Sql);
    }

    [Theory]
    [InlineData("ascending")]
    [InlineData("asc; DROP TABLE t")]
    [InlineData(null)]
    public void SortDirection_AnythingElse_IsRefused(string? value)
    {
        var result = TemplateRun.Render("ORDER BY id {{ dir | sort_direction }}", new() { ["dir"] = value });

        Assert.Equal(TemplateRenderFailure.ValueRefused, result.Failure);
        Assert.StartsWith("sort_direction:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SortDirection_WithDefault_UsesDefaultForMissingValue()
    {
        var statement = TemplateRun.Statement("ORDER BY id {{ dir | default: 'asc' | sort_direction }}");

        Assert.Equal("ORDER BY id ASC", statement.Sql);
    }

    [Theory]
    [InlineData(SqlDialect.Postgres, @"SELECT * FROM t WHERE name LIKE $1 ESCAPE E'\\'")]
    [InlineData(SqlDialect.MySql, @"SELECT * FROM t WHERE name LIKE ? ESCAPE CHAR(92)")]
    [InlineData(SqlDialect.Sqlite, @"SELECT * FROM t WHERE name LIKE @p0 ESCAPE '\'")]
    [InlineData(SqlDialect.DuckDb, @"SELECT * FROM t WHERE name LIKE $1 ESCAPE '\'")]
    public void Like_EachDialect_BindsEscapedPatternWithEscapeClause(SqlDialect dialect, string expected)
    {
        var statement = TemplateRun.Statement("SELECT * FROM t WHERE name LIKE {{ q | like }}", new() { ["q"] = @"50%_off\now" }, dialect);

        Assert.Equal(expected, statement.Sql);
        Assert.Equal([@"%50\%\_off\\now%"], statement.Values);
    }

    [Fact]
    public void Like_StartAndEnd_PutWildcardOnOneSide()
    {
        var statement = TemplateRun.Statement("a LIKE {{ q | like_start }} OR a LIKE {{ q | like_end }}", new() { ["q"] = "x_" });

        Assert.Equal(@"a LIKE $1 ESCAPE E'\\' OR a LIKE $2 ESCAPE E'\\'", statement.Sql);
        Assert.Equal([@"x\_%", @"%x\_"], statement.Values);
    }

    [Fact]
    public void Like_HostileValue_StaysInValues()
    {
        var statement = TemplateRun.Statement("a LIKE {{ q | like }}", new() { ["q"] = "' ESCAPE '' OR 1=1 --" }, SqlDialect.Sqlite);

        Assert.Equal(@"a LIKE @p0 ESCAPE '\'", statement.Sql);
        Assert.Equal(["%' ESCAPE '' OR 1=1 --%"], statement.Values);
    }

    [Fact]
    public void Like_Null_BindsNullWithSameSql()
    {
        var statement = TemplateRun.Statement("a LIKE {{ q | like }}", new() { ["q"] = null }, SqlDialect.DuckDb);

        Assert.Equal(@"a LIKE $1 ESCAPE '\'", statement.Sql);
        Assert.Equal([null], statement.Values);
    }

    [Fact]
    public void Default_NullOrMissing_UsesDefault()
    {
        var statement = TemplateRun.Statement("LIMIT {{ limit | default: 20 }} OFFSET {{ offset | default: 0 }} -- x",
            new() { ["limit"] = null });

        Assert.Equal("LIMIT $1 OFFSET $2 -- x", statement.Sql);
        Assert.Equal([20L, 0L], statement.Values);
    }

    [Fact]
    public void StringFilters_Work()
    {
        var statement = TemplateRun.Statement("SELECT {{ s | upcase }}, {{ s | append: '!' }}, {{ s | size }}", new() { ["s"] = "ab" });

        Assert.Equal(["AB", "ab!", 2L], statement.Values);
    }

    [Fact]
    public void DateHelpers_UseTheTemplatesClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.Zero));
        var options = new TemplateOptions { TimeProvider = clock };

        var statement = TemplateRun.Statement(
            "SELECT {{ today }}, {{ now }}, {{ today | add_days: (-15) }}, {{ today | start_of_month }}, {{ now | start_of_month }}",
            options: options);

        Assert.Equal("SELECT $1, $2, $3, $4, $5", statement.Sql);
        Assert.Equal(
            [
                new DateOnly(2024, 3, 15),
                new DateTime(2024, 3, 15, 10, 30, 0, DateTimeKind.Utc),
                new DateOnly(2024, 2, 29),
                new DateOnly(2024, 3, 1),
                new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            ],
            statement.Values);
    }

    [Fact]
    public void DateHelpers_OnRequestValues_KeepTheirType()
    {
        var instant = new DateTimeOffset(2024, 1, 31, 23, 0, 0, TimeSpan.FromHours(-5));
        var statement = TemplateRun.Statement("SELECT {{ d | add_days: 1 }}, {{ t | add_days: 1 }}, {{ t | start_of_month }}, {{ missing | add_days: 1 }}",
            new() { ["d"] = new DateOnly(2024, 12, 31), ["t"] = instant });

        Assert.Equal(
            [new DateOnly(2025, 1, 1), instant.AddDays(1), new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5)), null],
            statement.Values);
    }

    [Fact]
    public void DateHelpers_OnANonDate_FailWithTemplateFault()
    {
        var result = TemplateRun.Render("SELECT {{ s | add_days: 1 }}", new() { ["s"] = "2024-01-01" });

        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
        Assert.Equal("add_days: expects a date or date-time, not a String. (line 1, column 15)", result.Error);
    }
}
