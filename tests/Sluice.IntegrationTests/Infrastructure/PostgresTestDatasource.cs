using Npgsql;

namespace Sluice.IntegrationTests.Infrastructure;

public sealed class PostgresTestDatasource : TestDatasource
{
    private readonly string _name = "sluice_ds_" + Guid.NewGuid().ToString("N")[..12];
    private readonly Uri _server = new(TestServices.PostgresUrl);

    public PostgresTestDatasource() => Run("postgres", $"CREATE DATABASE {_name}");

    private string User => Uri.UnescapeDataString(_server.UserInfo.Split(':')[0]);
    private string Password => Uri.UnescapeDataString(_server.UserInfo.Split(':')[1]);

    public override Dictionary<string, object?> Definition => new()
    {
        ["product_type"] = "postgres", ["host"] = _server.Host, ["port"] = _server.Port, ["database"] = _name,
        ["username"] = User, ["password"] = Password,
    };

    // Port 1 is closed on every test machine: the connection is refused at once.
    public override (Dictionary<string, object?> Definition, string Reason) Unreachable =>
        (new(Definition) { ["port"] = 1 }, "connection refused");

    /// <summary>A connection string to the database, for a test's own connection.</summary>
    public string ConnectionString => Builder(_name).ToString();

    public override string SlowQuery(int seconds) => $"SELECT pg_sleep({seconds}) AS slept";

    public override Task ExecuteAsync(string sql)
    {
        Run(_name, sql);
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Run("postgres", $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        return ValueTask.CompletedTask;
    }

    private void Run(string database, string sql)
    {
        using var connection = new NpgsqlConnection(Builder(database).ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private NpgsqlConnectionStringBuilder Builder(string database) =>
        new() { Host = _server.Host, Port = _server.Port, Username = User, Password = Password, Database = database, Pooling = false };
}
