using Sluice.Core.Datasources;
using Sluice.Core.Scripting.Hosts;
using Sluice.Core.Storage;

namespace Sluice.Core.Settings;

/// <summary>Reads and validates every setting at once from environment variables and an
/// optional <c>.env</c> file (real environment variables win).</summary>
public static class SettingsLoader
{
    /// <summary>The value that ships in examples and must never reach production.</summary>
    public const string Placeholder = "changethis";

    private const string DefaultDatabaseUrl = "sqlite:///./data/sluice.db";
    private const string GenerateHint = "generate one with: openssl rand -hex 32";

    // Settings read only when another one is absent, so a single load may not ask for them.
    private static readonly HashSet<string> ReadOnSomePaths = new(StringComparer.OrdinalIgnoreCase)
    {
        "DATABASE_URL", "POSTGRES_SERVER", "POSTGRES_PORT", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB",
        "REDIS_URL", "REDIS_HOST", "REDIS_PORT", "REDIS_PASSWORD", "REDIS_DB",
    };

    /// <summary>Reads the process environment and <c>./.env</c>.</summary>
    public static SettingsResult LoadFromEnvironment(string workingDirectory) => Load(ReadValues(workingDirectory), workingDirectory);

    /// <summary>The raw values: <c>./.env</c> overlaid by the process environment.</summary>
    public static IReadOnlyDictionary<string, string> ReadValues(string workingDirectory)
    {
        var values = new Dictionary<string, string>(EnvFile.Load(Path.Combine(workingDirectory, ".env")), StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            values[(string)entry.Key] = (string?)entry.Value ?? "";
        }
        return values;
    }

    /// <summary>Only the metadata store's settings, for commands (like migrate) that need
    /// nothing else.</summary>
    public static (MetadataStoreConfig? Store, IReadOnlyList<SettingProblem> Errors) LoadMetadataStore(IReadOnlyDictionary<string, string> values, string workingDirectory)
    {
        var reader = new SettingsReader(values);
        var store = ReadMetadataStore(reader, workingDirectory);
        return (reader.Errors.Count == 0 ? store : null, reader.Errors);
    }

    /// <summary>Validates raw values; reports every problem, not just the first.</summary>
    public static SettingsResult Load(IReadOnlyDictionary<string, string> values, string workingDirectory)
    {
        var reader = new SettingsReader(values);
        var environment = ReadEnvironment(reader);
        var store = ReadMetadataStore(reader, workingDirectory);
        // Generated keys live beside the SQLite file unless DATA_DIR says otherwise.
        var dataDirectory = reader.String("DATA_DIR") is { } dataDir ? Path.GetFullPath(dataDir, workingDirectory)
            : store?.SqliteFile is { } file ? Path.GetDirectoryName(file)!
            : Path.GetFullPath("./data", workingDirectory);

        var local = environment == DeploymentEnvironment.Local;
        var secretKey = ReadKey(reader, "SECRET_KEY", local);
        var encryptionKey = ReadKey(reader, "ENCRYPTION_KEY", local);
        var firstSuperuser = reader.String("FIRST_SUPERUSER", "admin");
        // Unset means the documented default, which is the placeholder.
        var firstPassword = reader.String("FIRST_SUPERUSER_PASSWORD") ?? Placeholder;
        CheckSecret(reader, "FIRST_SUPERUSER_PASSWORD", firstPassword, local, "choose a password of 8 to 128 characters, or generate one with: openssl rand -base64 18");
        if (firstPassword.Length > 0 && firstPassword != Placeholder && (firstPassword.Length < 8 || firstPassword.Length > 128))
        {
            reader.Error("FIRST_SUPERUSER_PASSWORD", "must be 8 to 128 characters long.", "choose a longer password.");
        }

        var frontendHost = reader.String("FRONTEND_HOST", "http://localhost:5173").TrimEnd('/');
        var corsOrigins = ReadCorsOrigins(reader, frontendHost);
        var allowedHosts = reader.List("ALLOWED_HOSTS");

        var settings = new SluiceSettings
        {
            Environment = environment,
            MetadataStore = store!,
            DataDirectory = dataDirectory,
            SecretKey = secretKey,
            EncryptionKey = encryptionKey,
            FirstSuperuser = firstSuperuser,
            FirstSuperuserPassword = firstPassword,
            AccessTokenExpireMinutes = reader.Int("ACCESS_TOKEN_EXPIRE_MINUTES", 30, 1, 7 * 24 * 60),
            RefreshTokenExpireDays = reader.Int("REFRESH_TOKEN_EXPIRE_DAYS", 7, 1, 365),
            LoginRateLimitPerMinute = reader.Int("LOGIN_RATE_LIMIT_PER_MINUTE", 20, 0, 100_000),
            FrontendHost = frontendHost,
            CorsOrigins = corsOrigins,
            AllowedHosts = allowedHosts.Count > 0 ? allowedHosts : ["localhost", "127.0.0.1", "[::1]"],
            Redis = ReadRedis(reader),
            Connectors = new Connectors.ConnectorLimits(
                reader.Int("EXTERNAL_DB_POOL_SIZE", 10, 1, 1000),
                TimeSpan.FromSeconds(reader.Int("EXTERNAL_DB_CONNECT_TIMEOUT", 10, 1, 600)),
                TimeSpan.FromSeconds(reader.Int("EXTERNAL_DB_STATEMENT_TIMEOUT", 30, 1, 86_400)))
            {
                Files = ReadDatasourceFiles(reader, workingDirectory, store, dataDirectory),
            },
            ScriptLimits = new Scripting.ScriptLimits(
                TimeSpan.FromSeconds(reader.Int("SCRIPT_EXEC_TIMEOUT", 10, 1, 3600)),
                reader.Int("SCRIPT_MEMORY_LIMIT_MB", 64, 1, 4096),
                reader.Int("SCRIPT_MAX_STATEMENTS", 10_000_000, 1000, int.MaxValue),
                reader.Int("SCRIPT_MAX_RECURSION", 256, 16, 100_000)),
            ScriptHttp = ReadScriptHttp(reader),
            GatewayMaxResponseRows = reader.Int("GATEWAY_MAX_RESPONSE_ROWS", 10_000, 1, 100_000_000),
            GatewayMaxBodyBytes = reader.Int("GATEWAY_MAX_BODY_BYTES", 1_048_576, 1024, int.MaxValue),
            ManagementMaxBodyBytes = reader.Int("MANAGEMENT_MAX_BODY_BYTES", 1_048_576, 1024, int.MaxValue),
            SqlTemplateMaxSize = reader.Int("SQL_TEMPLATE_MAX_SIZE", 102_400, 1, 100_000_000),
            GatewayConfigCacheTtlSeconds = reader.Int("GATEWAY_CONFIG_CACHE_TTL_SECONDS", 300, 1, 86_400),
            PreviousSecretKeys = reader.List("SECRET_KEY_PREVIOUS"),
            GatewayJwtExpireSeconds = reader.Int("GATEWAY_JWT_EXPIRE_SECONDS", 3600, 60, 86_400),
            GatewayTokenRateLimitPerMinute = reader.Int("GATEWAY_TOKEN_RATE_LIMIT_PER_MINUTE", 10, 0, 100_000),
            TrustedProxyCount = reader.Int("TRUSTED_PROXY_COUNT", 0, 0, 10),
            RateLimitEnabled = reader.Bool("FLOW_CONTROL_RATE_LIMIT_ENABLED", true),
            RateLimitPerMinute = reader.Int("FLOW_CONTROL_RATE_LIMIT_PER_MINUTE", 600, 0, 10_000_000),
            MaxConcurrentPerClient = reader.Int("FLOW_CONTROL_MAX_CONCURRENT_PER_CLIENT", 10, 0, 100_000),
            ConcurrentDebug = reader.Bool("CONCURRENT_DEBUG", false),
            AccessLogBody = reader.Bool("GATEWAY_ACCESS_LOG_BODY", false),
            AccessLogQueueSize = reader.Int("GATEWAY_ACCESS_LOG_QUEUE_SIZE", 10_000, 100, 10_000_000),
            AccessLogRetentionDays = reader.Int("ACCESS_LOG_RETENTION_DAYS", 30, 0, 36_500),
        };
        // Last, so that every name Sluice reads is known.
        settings = settings with { ScriptEnvAllowlist = ReadScriptEnvAllowlist(reader) };
        return new SettingsResult(reader.Errors.Count == 0 ? settings : null, reader.Errors, reader.Warnings);
    }

    private static ScriptHttpSettings ReadScriptHttp(SettingsReader reader)
    {
        var hosts = reader.List("SCRIPT_HTTP_ALLOWED_HOSTS");
        foreach (var host in hosts)
        {
            if (!ScriptHostPattern.IsValid(host))
            {
                reader.Error("SCRIPT_HTTP_ALLOWED_HOSTS", $"'{host}' is not a host name.",
                    "list host names without scheme, port or path, separated by commas, e.g. SCRIPT_HTTP_ALLOWED_HOSTS=api.example.com,*.example.org.");
            }
        }
        return new ScriptHttpSettings(
            hosts.Select(host => host.ToLowerInvariant()).ToArray(),
            TimeSpan.FromSeconds(reader.Int("SCRIPT_HTTP_TIMEOUT", 10, 1, 300)),
            reader.Int("SCRIPT_HTTP_MAX_RESPONSE_BYTES", 1_048_576, 1024, 104_857_600));
    }

    private static string[] ReadScriptEnvAllowlist(SettingsReader reader)
    {
        var names = reader.List("SCRIPT_ENV_ALLOWLIST");
        foreach (var name in names)
        {
            // Case-insensitive, as Windows reads environment variables.
            if (reader.Names.Contains(name, StringComparer.OrdinalIgnoreCase) || ReadOnSomePaths.Contains(name))
            {
                reader.Error("SCRIPT_ENV_ALLOWLIST", $"lists {name}, one of Sluice's own settings, which scripts may never read.",
                    $"remove {name} from SCRIPT_ENV_ALLOWLIST; give scripts their own variables instead.");
            }
        }
        return names.Distinct(StringComparer.Ordinal).ToArray();
    }

    // Roots are separated like PATH (':' on Unix, ';' on Windows) or by commas.
    private static DatasourceFiles ReadDatasourceFiles(SettingsReader reader, string workingDirectory, MetadataStoreConfig? store, string dataDirectory)
    {
        var roots = reader.String("DATASOURCE_FILE_ROOTS") is { } raw
            ? raw.Split([Path.PathSeparator, ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [workingDirectory];
        if (roots.Length == 0)
        {
            reader.Error("DATASOURCE_FILE_ROOTS", "names no folder.", "list the folders SQLite and DuckDB datasource files may lie in, e.g. DATASOURCE_FILE_ROOTS=/srv/data, or unset it for the working directory.");
        }
        string?[] own =
        [
            store?.SqliteFile,
            Path.Combine(dataDirectory, LocalKeys.SecretKeyFile),
            Path.Combine(dataDirectory, LocalKeys.EncryptionKeyFile),
            Path.Combine(workingDirectory, ".env"),
        ];
        return new DatasourceFiles(roots, own.OfType<string>(), workingDirectory);
    }

    private static DeploymentEnvironment ReadEnvironment(SettingsReader reader)
    {
        var raw = reader.String("ENVIRONMENT", "local");
        if (Enum.TryParse<DeploymentEnvironment>(raw, ignoreCase: true, out var environment) && !int.TryParse(raw, out _))
        {
            return environment;
        }
        reader.Error("ENVIRONMENT", $"'{raw}' is not an environment.", "set ENVIRONMENT to local, staging or production.");
        return DeploymentEnvironment.Local;
    }

    private static MetadataStoreConfig? ReadMetadataStore(SettingsReader reader, string workingDirectory)
    {
        var url = reader.String("DATABASE_URL");
        if (url is null && reader.String("POSTGRES_SERVER") is { } server)
        {
            var user = reader.String("POSTGRES_USER");
            var database = reader.String("POSTGRES_DB");
            if (user is null)
            {
                reader.Error("POSTGRES_USER", "is required when POSTGRES_SERVER is set.", "set POSTGRES_USER (and POSTGRES_PASSWORD, POSTGRES_DB), or set DATABASE_URL instead.");
            }
            if (database is null)
            {
                reader.Error("POSTGRES_DB", "is required when POSTGRES_SERVER is set.", "set POSTGRES_DB to the metadata database's name.");
            }
            var port = reader.Int("POSTGRES_PORT", 5432, 1, 65535);
            return user is null || database is null ? null
                : DatabaseUrl.FromParts(server, port, user, reader.String("POSTGRES_PASSWORD"), database);
        }
        var config = DatabaseUrl.TryParse(url ?? DefaultDatabaseUrl, workingDirectory, out var error);
        if (config is null)
        {
            reader.Error("DATABASE_URL", error!, "use sqlite:///./data/sluice.db or postgresql://user:password@host:5432/sluice.");
        }
        return config;
    }

    private static string? ReadKey(SettingsReader reader, string name, bool local)
    {
        var value = reader.String(name);
        if (value is null && local)
        {
            // Generated and kept in the data folder so tokens survive restarts.
            return null;
        }
        CheckSecret(reader, name, value ?? "", local, GenerateHint);
        if (value is { Length: > 0 } && value != Placeholder && value.Length < 32)
        {
            reader.Error(name, "must be at least 32 characters long.", GenerateHint + ".");
        }
        return value is null || value == Placeholder ? null : value;
    }

    private static void CheckSecret(SettingsReader reader, string name, string value, bool local, string fix)
    {
        if (value.Length > 0 && value != Placeholder)
        {
            return;
        }
        var problem = value.Length == 0 ? "is not set." : $"is still '{Placeholder}'.";
        if (local)
        {
            reader.Warning(name, problem + " Acceptable only with ENVIRONMENT=local.", fix + ".");
        }
        else
        {
            reader.Error(name, problem + " Sluice refuses to start outside ENVIRONMENT=local with an unsafe secret.", fix + ".");
        }
    }

    private static string[] ReadCorsOrigins(SettingsReader reader, string frontendHost)
    {
        var origins = reader.List("BACKEND_CORS_ORIGINS").Select(origin => origin.TrimEnd('/')).ToList();
        origins.Add(frontendHost);
        foreach (var origin in origins)
        {
            if (origin == "*")
            {
                reader.Error("BACKEND_CORS_ORIGINS", "contains '*', but the dashboard sends credentials and browsers refuse '*' with credentials.",
                    "list each allowed origin, e.g. BACKEND_CORS_ORIGINS=https://admin.example.com,http://localhost:5173.");
            }
            else if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            {
                var name = origin == frontendHost ? "FRONTEND_HOST" : "BACKEND_CORS_ORIGINS";
                reader.Error(name, $"'{origin}' is not an http(s) origin.", "write origins like https://admin.example.com, separated by commas.");
            }
        }
        return origins.Where(origin => origin != "*").Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    private static RedisEndpoint? ReadRedis(SettingsReader reader)
    {
        if (reader.String("REDIS_URL") is { } url)
        {
            var endpoint = RedisEndpoint.TryParse(url, out var error);
            if (endpoint is null)
            {
                reader.Error("REDIS_URL", error!, "use redis://[:password@]host:6379/0.");
            }
            return endpoint;
        }
        if (reader.String("REDIS_HOST") is not { } host)
        {
            return null;
        }
        return new RedisEndpoint(host, reader.Int("REDIS_PORT", 6379, 1, 65535), reader.String("REDIS_PASSWORD"),
            reader.Int("REDIS_DB", 0, 0, 1000), UseTls: false);
    }
}
