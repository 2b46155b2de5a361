namespace Sluice.Core.Audit;

/// <summary>How the audit chain was found broken.</summary>
public enum AuditBreak
{
    /// <summary>An entry's content no longer gives its stored hash: it was changed.</summary>
    HashMismatch,
    /// <summary>An entry's <c>prev_hash</c> is not the hash of the entry before it: entries
    /// were removed, inserted or reordered before it.</summary>
    PrevHashMismatch,
    /// <summary>The newest entries the chain recorded are gone (the table was cut short).</summary>
    MissingEntries,
    /// <summary>An entry lies beyond the newest one the chain recorded: it was written by hand,
    /// not appended.</summary>
    UnrecordedEntry,
}
