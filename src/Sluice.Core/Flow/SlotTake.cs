namespace Sluice.Core.Flow;

/// <summary>What asking a <see cref="SlotCounter"/> for a slot did.</summary>
internal enum SlotTake
{
    /// <summary>A slot is now held.</summary>
    Taken,
    /// <summary>Every slot is held.</summary>
    Full,
    /// <summary>The counter was retired when its last slot was released; use a fresh one.</summary>
    Retired,
}
