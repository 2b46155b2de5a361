using Npgsql;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>A new database on the test PostgreSQL server, dropped afterwards.</summary>
public sealed class PostgresTestStore : TestStore
{
    private readonly string _name = "sluice_t_" + Guid.NewGuid().ToString("N")[..12];
    private readonly Uri _server = new(TestServices.PostgresUrl);

    public PostgresTestStore() => Admin($"CREATE DATABASE {_name}");

    public override string DatabaseUrl => new UriBuilder(_server) { Path = "/" + _name }.Uri.ToString();

    public override string ComponentName => "postgres";

    public override ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        return ValueTask.CompletedTask;
    }

    private void Admin(string sql)
    {
        var userInfo = _server.UserInfo.Split(':');
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = _server.Host,
            Port = _server.Port,
            Username = Uri.UnescapeDataString(userInfo[0]),
            Password = Uri.UnescapeDataString(userInfo[1]),
            Database = "postgres",
            Pooling = false,
        };
        using var connection = new NpgsqlConnection(builder.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
