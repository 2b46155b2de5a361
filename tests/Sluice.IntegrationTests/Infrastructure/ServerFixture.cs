namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>One running server over one fresh store, shared by a test class.</summary>
public abstract class ServerFixture<TStore> : IAsyncLifetime where TStore : TestStore, new()
{
    public TStore Store { get; private set; } = null!;
    public SluiceInstance Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new TStore();
        Server = await SluiceInstance.StartAsync(Configure(SluiceInstance.DefaultSettings(Store.DatabaseUrl)));
    }

    protected virtual Dictionary<string, string> Configure(Dictionary<string, string> settings) => settings;

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Store.DisposeAsync();
    }
}

public sealed class SqliteServer : ServerFixture<SqliteTestStore>;

public sealed class PostgresServer : ServerFixture<PostgresTestStore>;
