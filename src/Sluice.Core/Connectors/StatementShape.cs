using System.Text.RegularExpressions;

namespace Sluice.Core.Connectors;

/// <summary>A cheap look at a statement's first keyword, for drivers that need to be told
/// whether a statement returns rows.</summary>
public static partial class StatementShape
{
    /// <summary>True for INSERT/UPDATE/DELETE/DDL without a RETURNING clause.</summary>
    public static bool ReturnsNoRows(string sql) => LeadingCommand().IsMatch(sql ?? "") && !Returning().IsMatch(sql!);

    [GeneratedRegex(@"^\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*(INSERT|UPDATE|DELETE|MERGE|CREATE|DROP|ALTER|TRUNCATE)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LeadingCommand();

    [GeneratedRegex(@"\bRETURNING\b", RegexOptions.IgnoreCase)]
    private static partial Regex Returning();
}
