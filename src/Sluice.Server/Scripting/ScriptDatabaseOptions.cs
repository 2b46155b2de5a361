namespace Sluice.Server.Scripting;

/// <summary>How a script's database access behaves for one run.</summary>
/// <param name="StatementTimeout">How long each statement may run (the API's statement timeout).</param>
/// <param name="MaxRows">Most rows one <c>db.query</c> may return (<c>GATEWAY_MAX_RESPONSE_ROWS</c>).</param>
internal sealed record ScriptDatabaseOptions(TimeSpan StatementTimeout, int MaxRows)
{
    /// <summary>Debug runs and test cases: the whole run is one transaction that is rolled back
    /// at the end, so the database is left as found (see <see cref="ScriptDatabase"/>).</summary>
    public bool AlwaysRollBack { get; init; }

    /// <summary>Whether error messages may carry the database's own words (which can quote
    /// values); false in production, as for the gateway's answers.</summary>
    public bool ShowDatabaseMessages { get; init; } = true;
}
