using System.Diagnostics;

namespace Sluice.TestSupport;

/// <summary>Waits for an observable condition instead of for a guessed amount of time. The
/// patience is generous (30 s) so that a slow, busy machine only makes a test slower, never
/// red; a condition that never holds still fails the test.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="condition"/> until it is true; fails the test naming
    /// <paramref name="what"/> when it is still false after the patience.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? patience = null)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > (patience ?? Patience))
            {
                Assert.Fail($"{what}: still not true after {waited.Elapsed.TotalSeconds:0} s");
            }
            // A pause between polls, not a guess at how long the work takes.
            await Task.Delay(Pause);
        }
    }

    /// <summary>Waits for <paramref name="task"/>; fails the test when it has not finished
    /// within the patience.</summary>
    public static async Task CompletesAsync(Task task, string what)
    {
        try
        {
            await task.WaitAsync(Patience);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            Assert.Fail($"{what}: did not finish within {Patience.TotalSeconds:0} s");
        }
    }

    /// <summary>Waits for <paramref name="task"/> and returns its result; fails the test when it
    /// has not finished within the patience.</summary>
    public static async Task<T> CompletesAsync<T>(Task<T> task, string what)
    {
        await CompletesAsync((Task)task, what);
        return await task;
    }
}
