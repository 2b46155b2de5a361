namespace Sluice.Core.Connectors;

/// <summary>What a failed statement means for the answer.</summary>
public enum StatementFailureKind
{
    /// <summary>The database rejected the statement (syntax, constraint…): the database's message, 400.</summary>
    Query,
    /// <summary>The file sandbox refused it (ATTACH, a file read, a setting change…): always shown, 400.</summary>
    Refused,
    /// <summary>The datasource's file is locked by another connection or process: 503.</summary>
    Busy,
}
