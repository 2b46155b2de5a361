using MySqlConnector;

namespace Sluice.IntegrationTests.Infrastructure;

public sealed class MariaDbTestDatasource : TestDatasource
{
    private readonly string _name = "sluice_ds_" + Guid.NewGuid().ToString("N")[..12];
    private readonly Uri _server = new(TestServices.MySqlUrl);

    public MariaDbTestDatasource() => Run(null, $"CREATE DATABASE {_name}");

    private string User => Uri.UnescapeDataString(_server.UserInfo.Split(':')[0]);
    private string Password => Uri.UnescapeDataString(_server.UserInfo.Split(':')[1]);

    public override Dictionary<string, object?> Definition => new()
    {
        ["product_type"] = "mysql", ["host"] = _server.Host, ["port"] = _server.Port, ["database"] = _name,
        ["username"] = User, ["password"] = Password,
    };

    // MySqlConnector reports a refused connection without its socket error.
    public override (Dictionary<string, object?> Definition, string Reason) Unreachable =>
        (new(Definition) { ["port"] = 1 }, "cannot connect to the host");

    /// <summary>A connection string to the database, for a test's own connection.</summary>
    public string ConnectionString => Builder(_name).ConnectionString;

    public override string SlowQuery(int seconds) => $"SELECT SLEEP({seconds}) AS slept";

    public override Task ExecuteAsync(string sql)
    {
        Run(_name, sql);
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        MySqlConnection.ClearAllPools();
        Run(null, $"DROP DATABASE IF EXISTS {_name}");
        return ValueTask.CompletedTask;
    }

    private void Run(string? database, string sql)
    {
        using var connection = new MySqlConnection(Builder(database).ConnectionString);
        connection.Open();
        using var command = new MySqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private MySqlConnectionStringBuilder Builder(string? database) =>
        new() { Server = _server.Host, Port = (uint)_server.Port, UserID = User, Password = Password, Database = database ?? "", Pooling = false };
}
