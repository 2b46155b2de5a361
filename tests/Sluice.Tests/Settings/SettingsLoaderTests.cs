using Sluice.Core.Scripting;
using Sluice.Core.Scripting.Hosts;
using Sluice.Core.Settings;
using Sluice.Core.Storage;

namespace Sluice.Tests.Settings;

public sealed class SettingsLoaderTests
{
    private const string WorkingDirectory = "/srv/sluice";
    private static readonly string GoodKey = new('k', 40);

    private static SettingsResult Load(params (string Name, string Value)[] values) =>
        SettingsLoader.Load(values.ToDictionary(v => v.Name, v => v.Value), WorkingDirectory);

    [Fact]
    public void Load_Nothing_GivesLocalSqliteDefaultsWithWarnings()
    {
        var result = Load();

        Assert.Empty(result.Errors);
        var settings = result.Settings!;
        Assert.Equal(DeploymentEnvironment.Local, settings.Environment);
        Assert.Equal(MetadataProvider.Sqlite, settings.MetadataStore.Provider);
        Assert.Equal("/srv/sluice/data/sluice.db", settings.MetadataStore.SqliteFile);
        Assert.Equal("/srv/sluice/data", settings.DataDirectory);
        Assert.Null(settings.SecretKey);
        Assert.Equal("admin", settings.FirstSuperuser);
        Assert.Equal(30, settings.AccessTokenExpireMinutes);
        Assert.Contains(result.Warnings, w => w.Name == "FIRST_SUPERUSER_PASSWORD");
        Assert.Equal(["localhost", "127.0.0.1", "[::1]"], settings.AllowedHosts);
        Assert.Equal(["http://localhost:5173"], settings.CorsOrigins);
    }

    [Fact]
    public void Load_DatasourceFileRoots_DefaultsToWorkingDirectoryAndSplitsOnSeparators()
    {
        Assert.Equal([WorkingDirectory], Load().Settings!.Connectors.Files.Roots);

        var roots = Load(("DATASOURCE_FILE_ROOTS", $"/srv/a{Path.PathSeparator}/srv/b, data/c")).Settings!.Connectors.Files.Roots;

        Assert.Equal(["/srv/a", "/srv/b", "/srv/sluice/data/c"], roots);
    }

    [Fact]
    public void Load_ScriptLimits_DefaultAndOverride()
    {
        Assert.Equal(new ScriptLimits(TimeSpan.FromSeconds(10), 64, 10_000_000, 256), Load().Settings!.ScriptLimits);

        var limits = Load(("SCRIPT_EXEC_TIMEOUT", "3"), ("SCRIPT_MEMORY_LIMIT_MB", "16"), ("SCRIPT_MAX_STATEMENTS", "5000"),
            ("SCRIPT_MAX_RECURSION", "100")).Settings!.ScriptLimits;

        Assert.Equal(new ScriptLimits(TimeSpan.FromSeconds(3), 16, 5000, 100), limits);
    }

    [Fact]
    public void Load_BadScriptLimits_ReportsEachByName()
    {
        var result = Load(("SCRIPT_EXEC_TIMEOUT", "0"), ("SCRIPT_MEMORY_LIMIT_MB", "lots"), ("SCRIPT_MAX_STATEMENTS", "10"),
            ("SCRIPT_MAX_RECURSION", "-1"));

        Assert.Equal(["SCRIPT_EXEC_TIMEOUT", "SCRIPT_MAX_RECURSION", "SCRIPT_MAX_STATEMENTS", "SCRIPT_MEMORY_LIMIT_MB"],
            result.Errors.Select(e => e.Name).Order());
    }

    [Fact]
    public void Load_ScriptHttp_DefaultAndOverride()
    {
        Assert.Equal(ScriptHttpSettings.Default, Load().Settings!.ScriptHttp);
        Assert.Empty(ScriptHttpSettings.Default.AllowedHosts);
        Assert.Equal((TimeSpan.FromSeconds(10), 1_048_576), (ScriptHttpSettings.Default.Timeout, ScriptHttpSettings.Default.MaxResponseBytes));

        var http = Load(("SCRIPT_HTTP_ALLOWED_HOSTS", "API.example.com, *.example.org"), ("SCRIPT_HTTP_TIMEOUT", "30"),
            ("SCRIPT_HTTP_MAX_RESPONSE_BYTES", "4096")).Settings!.ScriptHttp;

        Assert.Equal(["api.example.com", "*.example.org"], http.AllowedHosts);
        Assert.Equal(TimeSpan.FromSeconds(30), http.Timeout);
        Assert.Equal(4096, http.MaxResponseBytes);
    }

    [Fact]
    public void Load_BadScriptHttp_ReportsEachByName()
    {
        var result = Load(("SCRIPT_HTTP_ALLOWED_HOSTS", "api.example.com,https://evil.example.com/"), ("SCRIPT_HTTP_TIMEOUT", "301"),
            ("SCRIPT_HTTP_MAX_RESPONSE_BYTES", "lots"));

        Assert.Equal(["SCRIPT_HTTP_ALLOWED_HOSTS", "SCRIPT_HTTP_MAX_RESPONSE_BYTES", "SCRIPT_HTTP_TIMEOUT"], result.Errors.Select(e => e.Name).Order());
        Assert.Contains(result.Errors, e => e.Message == "'https://evil.example.com/' is not a host name.");
        Assert.Contains(result.Errors, e => e.Message == "'301' is not a whole number from 1 to 300.");
    }

    [Fact]
    public void Load_ScriptEnvAllowlist_KeepsTheScriptsOwnNames()
    {
        Assert.Empty(Load().Settings!.ScriptEnvAllowlist);

        Assert.Equal(["WEATHER_API_KEY", "REGION"], Load(("SCRIPT_ENV_ALLOWLIST", "WEATHER_API_KEY, REGION")).Settings!.ScriptEnvAllowlist);
    }

    [Theory]
    [InlineData("SECRET_KEY")]
    [InlineData("ENCRYPTION_KEY")]
    [InlineData("DATABASE_URL")]
    [InlineData("POSTGRES_PASSWORD")]
    [InlineData("REDIS_PASSWORD")]
    [InlineData("REDIS_URL")]
    [InlineData("FIRST_SUPERUSER_PASSWORD")]
    [InlineData("SECRET_KEY_PREVIOUS")]
    [InlineData("SCRIPT_EXEC_TIMEOUT")]
    [InlineData("SCRIPT_ENV_ALLOWLIST")]
    public void Load_ScriptEnvAllowlistNamingASluiceSetting_IsRefused(string name)
    {
        // Set as the loader would meet them, so that every reading path is taken.
        var result = Load(("SCRIPT_ENV_ALLOWLIST", $"REGION,{name}"), ("DATABASE_URL", "sqlite:///./data/sluice.db"),
            ("REDIS_URL", "redis://127.0.0.1:6379/0"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("SCRIPT_ENV_ALLOWLIST", error.Name);
        Assert.Equal($"lists {name}, one of Sluice's own settings, which scripts may never read.", error.Message);
        Assert.Null(result.Settings);
    }

    [Fact]
    public void Load_Defaults_ProtectStoreAndKeyFilesFromDatasources()
    {
        var files = Load().Settings!.Connectors.Files;

        Assert.False(files.Check("data/sluice.db", checkRoots: true).Allowed);
        Assert.False(files.Check("/srv/sluice/data/secret_key", checkRoots: true).Allowed);
        Assert.False(files.Check("./data/../data/encryption_key", checkRoots: true).Allowed);
        Assert.True(files.Check("data/shop.db", checkRoots: true).Allowed);
        Assert.False(files.Check("/etc/shop.db", checkRoots: true).Allowed);
    }

    [Fact]
    public void Load_ProductionWithPlaceholders_ReportsEverySecretAtOnce()
    {
        var result = Load(("ENVIRONMENT", "production"), ("SECRET_KEY", "changethis"), ("ENCRYPTION_KEY", "changethis"),
            ("FIRST_SUPERUSER_PASSWORD", "changethis"));

        Assert.Null(result.Settings);
        Assert.Equal(["SECRET_KEY", "ENCRYPTION_KEY", "FIRST_SUPERUSER_PASSWORD"], result.Errors.Select(e => e.Name));
        Assert.All(result.Errors, e => Assert.Contains("generate", e.Fix, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ProductionWithUnsetSecrets_RefusesToo()
    {
        var result = Load(("ENVIRONMENT", "staging"), ("FIRST_SUPERUSER_PASSWORD", "a-real-password"));

        Assert.Equal(["SECRET_KEY", "ENCRYPTION_KEY"], result.Errors.Select(e => e.Name));
    }

    [Fact]
    public void Load_ProductionWithRealSecrets_Succeeds()
    {
        var result = Load(("ENVIRONMENT", "production"), ("SECRET_KEY", GoodKey), ("ENCRYPTION_KEY", GoodKey),
            ("FIRST_SUPERUSER_PASSWORD", "a-real-password"));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(GoodKey, result.Settings!.SecretKey);
    }

    [Fact]
    public void Load_ShortSecretKey_IsAnError()
    {
        var result = Load(("SECRET_KEY", "short"));
        Assert.Contains(result.Errors, e => e.Name == "SECRET_KEY" && e.Message.Contains("32", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SeveralBadValues_ReportsEachByName()
    {
        var result = Load(("ENVIRONMENT", "prod"), ("ACCESS_TOKEN_EXPIRE_MINUTES", "soon"), ("DATABASE_URL", "mysql://x"),
            ("REDIS_URL", "http://redis"));

        Assert.Equal(["ACCESS_TOKEN_EXPIRE_MINUTES", "DATABASE_URL", "ENVIRONMENT", "REDIS_URL"],
            result.Errors.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("'soon'", result.Errors.Single(e => e.Name == "ACCESS_TOKEN_EXPIRE_MINUTES").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PostgresUrl_BuildsConnectionString()
    {
        var result = Load(("DATABASE_URL", "postgresql+psycopg://sluice:p%40ss@db.internal:6432/meta?sslmode=require"));

        var store = result.Settings!.MetadataStore;
        Assert.Equal(MetadataProvider.Postgres, store.Provider);
        Assert.Contains("Host=db.internal", store.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Port=6432", store.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Password=p@ss", store.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("SSL Mode=Require", store.ConnectionString, StringComparison.Ordinal);
        Assert.Equal("postgres sluice@db.internal:6432/meta", store.Describe());
        Assert.Equal("/srv/sluice/data", result.Settings.DataDirectory);
    }

    [Fact]
    public void Load_PostgresPartsWithoutDatabaseUrl_AreUsed()
    {
        var result = Load(("POSTGRES_SERVER", "pg"), ("POSTGRES_PORT", "5433"), ("POSTGRES_USER", "app"),
            ("POSTGRES_PASSWORD", "pw"), ("POSTGRES_DB", "sluice"));

        Assert.Equal("postgres app@pg:5433/sluice", result.Settings!.MetadataStore.Describe());
    }

    [Fact]
    public void Load_PostgresServerWithoutUserOrDb_NamesBoth()
    {
        var result = Load(("POSTGRES_SERVER", "pg"));
        Assert.Equal(["POSTGRES_USER", "POSTGRES_DB"], result.Errors.Select(e => e.Name));
    }

    [Fact]
    public void Load_DatabaseUrlWins_OverPostgresParts()
    {
        var result = Load(("DATABASE_URL", "sqlite:////var/lib/sluice/meta.db"), ("POSTGRES_SERVER", "pg"));
        Assert.Equal("/var/lib/sluice/meta.db", result.Settings!.MetadataStore.SqliteFile);
    }

    [Fact]
    public void Load_CorsWildcard_IsRefused()
    {
        var result = Load(("BACKEND_CORS_ORIGINS", "*"));
        Assert.Contains(result.Errors, e => e.Name == "BACKEND_CORS_ORIGINS" && e.Message.Contains("credentials", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CorsList_JsonOrCommas_MergedWithFrontendHost()
    {
        var json = Load(("BACKEND_CORS_ORIGINS", "[\"https://a.example.com/\", \"https://b.example.com\"]"), ("FRONTEND_HOST", "https://ui.example.com"));
        Assert.Equal(["https://a.example.com", "https://b.example.com", "https://ui.example.com"], json.Settings!.CorsOrigins);

        var commas = Load(("BACKEND_CORS_ORIGINS", "https://a.example.com, https://b.example.com"));
        Assert.Equal(["https://a.example.com", "https://b.example.com", "http://localhost:5173"], commas.Settings!.CorsOrigins);
    }

    [Fact]
    public void Load_RedisParts_BuildEndpoint()
    {
        var result = Load(("REDIS_HOST", "cache"), ("REDIS_PORT", "6380"), ("REDIS_PASSWORD", "pw"), ("REDIS_DB", "2"));
        Assert.Equal(new RedisEndpoint("cache", 6380, "pw", 2, false), result.Settings!.Redis);
    }

    [Fact]
    public void Load_RedisUrl_ParsesPasswordAndDatabase()
    {
        var result = Load(("REDIS_URL", "rediss://:s3cret@cache.internal:6390/4"));
        Assert.Equal(new RedisEndpoint("cache.internal", 6390, "s3cret", 4, true), result.Settings!.Redis);
    }

    [Fact]
    public void Load_InMemorySqlite_IsRefused()
    {
        var result = Load(("DATABASE_URL", "sqlite:///:memory:"));
        Assert.Contains("in-memory", result.Errors.Single().Message, StringComparison.Ordinal);
    }
}
