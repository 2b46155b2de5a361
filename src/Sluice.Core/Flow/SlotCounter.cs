namespace Sluice.Core.Flow;

/// <summary>The slots held for one key. Retired for good when the count returns to zero, so the
/// counter can leave the map without a lock: whoever still holds it sees it retired and looks up
/// a fresh one.</summary>
internal sealed class SlotCounter
{
    private const int RetiredMark = int.MinValue;

    private int _count;

    public SlotTake TryTake(int max, out int inFlight)
    {
        var current = Volatile.Read(ref _count);
        while (true)
        {
            if (current < 0)
            {
                inFlight = 0;
                return SlotTake.Retired;
            }
            if (current >= max)
            {
                inFlight = current;
                return SlotTake.Full;
            }
            var seen = Interlocked.CompareExchange(ref _count, current + 1, current);
            if (seen == current)
            {
                inFlight = current + 1;
                return SlotTake.Taken;
            }
            current = seen;
        }
    }

    /// <summary>Gives a slot back; <paramref name="retired"/> is true when that was the last one.</summary>
    public int Release(out bool retired)
    {
        var left = Interlocked.Decrement(ref _count);
        retired = left == 0 && Interlocked.CompareExchange(ref _count, RetiredMark, 0) == 0;
        return left;
    }
}
