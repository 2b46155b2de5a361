namespace Sluice.Core.Checks;

/// <summary>Something the check found wrong.</summary>
/// <param name="Message">What is wrong: the database's message, or the template's.</param>
/// <param name="Code">The database's code (SQLSTATE…) when it gave one.</param>
/// <param name="Sql">The statement as rendered, when the problem is one statement's.</param>
/// <param name="Case">The sample case it appeared in, e.g. "with optional parameters absent".</param>
public sealed record CheckProblem(string Message, string? Code, string? Sql, string? Case);
