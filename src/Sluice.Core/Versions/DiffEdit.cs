namespace Sluice.Core.Versions;

/// <summary>One step of an edit script: a line kept, deleted from the old text or inserted
/// from the new one, with the position in each text before the step.</summary>
/// <param name="Kind">What happens to the line.</param>
/// <param name="OldIndex">Lines of the old text consumed before this step.</param>
/// <param name="NewIndex">Lines of the new text consumed before this step.</param>
internal readonly record struct DiffEdit(DiffEditKind Kind, int OldIndex, int NewIndex);

/// <summary>What an edit step does.</summary>
internal enum DiffEditKind
{
    /// <summary>The line is in both texts.</summary>
    Keep,
    /// <summary>The line is only in the old text.</summary>
    Delete,
    /// <summary>The line is only in the new text.</summary>
    Insert,
}
