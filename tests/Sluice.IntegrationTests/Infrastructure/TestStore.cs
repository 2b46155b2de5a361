namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>A fresh, empty metadata store of one kind, removed when disposed.</summary>
public abstract class TestStore : IAsyncDisposable
{
    /// <summary>The DATABASE_URL that points at it.</summary>
    public abstract string DatabaseUrl { get; }

    /// <summary>The component name health reports for it.</summary>
    public abstract string ComponentName { get; }

    public abstract ValueTask DisposeAsync();
}
