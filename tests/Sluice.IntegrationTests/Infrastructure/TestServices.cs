namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>The real servers the tests use, started by scripts/services.sh.</summary>
internal static class TestServices
{
    public static string PostgresUrl => Require("SLUICE_TEST_POSTGRES_URL");
    public static string MySqlUrl => Require("SLUICE_TEST_MYSQL_URL");
    public static string RedisUrl => Require("SLUICE_TEST_REDIS_URL");
    public static string PostgresBin => Require("SLUICE_TEST_PG_BIN");

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set. Run the tests with scripts/test.sh, or eval \"$(scripts/services.sh env)\" after scripts/services.sh start.");
}
