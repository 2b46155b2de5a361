namespace Sluice.Tests.Scripting;

/// <summary>Runs every continuation posted to it on a thread of its own, so code awaiting under
/// it changes threads at each await, deterministically.</summary>
internal sealed class NewThreadSynchronizationContext : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state)
    {
        var thread = new Thread(() =>
        {
            SetSynchronizationContext(this);
            d(state);
        });
        thread.Start();
    }

    /// <summary>Starts <paramref name="start"/> on a thread of this context and gives its result.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> start)
    {
        var started = new TaskCompletionSource<Task<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(_ => started.SetResult(start()), null);
        return await await started.Task;
    }
}
