namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>One server started with <c>--demo</c> (its demo APIs published) over a fresh SQLite
/// store, shared by a test class.</summary>
public sealed class DemoServer : IAsyncLifetime
{
    private SqliteTestStore _store = null!;

    public SluiceInstance Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteTestStore();
        Server = await SluiceInstance.StartAsync(SluiceInstance.DefaultSettings(_store.DatabaseUrl), "--demo");
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await _store.DisposeAsync();
    }
}
