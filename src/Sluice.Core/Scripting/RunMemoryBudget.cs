using Jint;
using Jint.Runtime;

namespace Sluice.Core.Scripting;

/// <summary>The memory one run may allocate, counted across all its entries into the engine.
/// The engine's own memory limit restarts at each entry (the call of <c>execute</c>, each drain of
/// Promise jobs after a host call settles), so a script allocating a little between many awaits
/// would never hit it; this budget adds up what every entry allocated, whichever thread ran it.</summary>
/// <remarks>Only allocation inside an entry counts (from <see cref="Enter"/> until its scope is disposed),
/// measured on the entry's own thread: what other work does on that thread between entries, and
/// what a host method allocates (<see cref="Pause"/>), is not the script's.</remarks>
/// <param name="limitBytes">Bytes the whole run may allocate.</param>
internal sealed class RunMemoryBudget(long limitBytes) : Constraint
{
    private long _spent;
    private long _entryStart;
    private int _entryThread = -1;

    /// <summary>Bytes allocated by the run so far.</summary>
    public long Spent => _spent + Current();

    /// <inheritdoc />
    public override bool IsAmortizable => false;

    /// <summary>Starts counting for an entry on the calling thread; dispose the scope to stop.</summary>
    public Scope Enter()
    {
        Start();
        return new Scope(this, entered: true);
    }

    /// <summary>Stops counting while host code runs inside an entry; dispose the scope to resume.</summary>
    public Scope Pause()
    {
        Stop();
        return new Scope(this, entered: false);
    }

    /// <inheritdoc />
    public override void Check()
    {
        if (Spent > limitBytes)
        {
            throw new MemoryLimitExceededException($"The run allocated {Spent} bytes, more than its {limitBytes}.");
        }
    }

    /// <summary>Does nothing: the engine resets constraints at each entry, and this budget
    /// belongs to the whole run.</summary>
    public override void Reset()
    {
    }

    private long Current() => _entryThread == Environment.CurrentManagedThreadId
        ? GC.GetAllocatedBytesForCurrentThread() - _entryStart
        : 0;

    private void Start()
    {
        _entryStart = GC.GetAllocatedBytesForCurrentThread();
        _entryThread = Environment.CurrentManagedThreadId;
    }

    private void Stop()
    {
        _spent += Current();
        _entryThread = -1;
    }

    /// <summary>Undoes an <see cref="Enter"/> or a <see cref="Pause"/> when disposed.</summary>
    internal readonly struct Scope(RunMemoryBudget budget, bool entered) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose()
        {
            if (entered)
            {
                budget.Stop();
            }
            else
            {
                budget.Start();
            }
        }
    }
}
