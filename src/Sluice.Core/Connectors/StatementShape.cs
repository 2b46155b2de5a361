using System.Text.RegularExpressions;

namespace Sluice.Core.Connectors;

/// <summary>A cheap look at a statement's first keyword, for drivers that need to be told
/// whether a statement returns rows or only reads.</summary>
public static partial class StatementShape
{
    /// <summary>True for INSERT/UPDATE/DELETE/DDL without a RETURNING clause.</summary>
    public static bool ReturnsNoRows(string sql) => LeadingCommand().IsMatch(sql ?? "") && !Returning().IsMatch(sql!);

    /// <summary>True for a query that only reads: it starts with SELECT (or a parenthesis, or a WITH
    /// that writes nothing) and has no INTO or locking clause. A conservative look: a false
    /// answer only means the statement is not treated as a plain read.</summary>
    public static bool IsPlainSelect(string sql) => LeadingSelect().Match(sql ?? "") is { Success: true } match
        && !ReadOnlyBreakers().IsMatch(sql!)
        && (!match.Groups[1].Value.Equals("WITH", StringComparison.OrdinalIgnoreCase) || !Writes().IsMatch(sql!));

    [GeneratedRegex(@"^\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*(SELECT\b|WITH\b|\()", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LeadingSelect();

    [GeneratedRegex(@"\b(?:INTO|FOR\s+UPDATE|FOR\s+SHARE|LOCK\s+IN\s+SHARE\s+MODE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadOnlyBreakers();

    [GeneratedRegex(@"\b(?:INSERT|UPDATE|DELETE|REPLACE|MERGE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Writes();

    [GeneratedRegex(@"^\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*(INSERT|UPDATE|DELETE|MERGE|CREATE|DROP|ALTER|TRUNCATE)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LeadingCommand();

    [GeneratedRegex(@"\bRETURNING\b", RegexOptions.IgnoreCase)]
    private static partial Regex Returning();
}
