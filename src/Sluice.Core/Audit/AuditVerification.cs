namespace Sluice.Core.Audit;

/// <summary>The result of walking the audit chain.</summary>
/// <param name="Valid">True when every entry is intact and linked to the one before.</param>
/// <param name="FirstBrokenId">The first entry (in id order) found broken; for
/// <see cref="AuditBreak.MissingEntries"/>, the id of the newest recorded entry, which is gone.</param>
/// <param name="Break">How it is broken.</param>
/// <param name="Entries">How many entries were checked.</param>
public sealed record AuditVerification(bool Valid, long? FirstBrokenId, AuditBreak? Break, long Entries)
{
    /// <summary>An intact chain of <paramref name="entries"/> entries.</summary>
    public static AuditVerification Intact(long entries) => new(true, null, null, entries);

    /// <summary>A chain broken at <paramref name="id"/>.</summary>
    public static AuditVerification Broken(long id, AuditBreak kind, long entries) => new(false, id, kind, entries);
}
