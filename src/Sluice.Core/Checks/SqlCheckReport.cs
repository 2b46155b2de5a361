using Sluice.Core.Connectors;

namespace Sluice.Core.Checks;

/// <summary>What checking an API's SQL found.</summary>
/// <param name="Statements">Every distinct statement the sample cases rendered, in order.</param>
/// <param name="Problems">Everything wrong: refused statements, templates that failed to render,
/// a datasource that could not be reached.</param>
/// <param name="Unreachable">Why the datasource could not be reached (then nothing was checked); null when it was.</param>
/// <param name="ResultColumns">The columns of the rows the API returns (its last statement's, with
/// every parameter present); null when it returns no rows or they are unknown.</param>
public sealed record SqlCheckReport(IReadOnlyList<CheckedStatement> Statements, IReadOnlyList<CheckProblem> Problems, string? Unreachable,
    IReadOnlyList<ResultColumn>? ResultColumns)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool Ok => Problems.Count == 0;

    /// <summary>A report with nothing to check (a script API).</summary>
    public static SqlCheckReport Nothing { get; } = new([], [], null, null);

    /// <summary>A report of problems found before reaching the database.</summary>
    public static SqlCheckReport Failed(IReadOnlyList<CheckProblem> problems) => new([], problems, null, null);
}
