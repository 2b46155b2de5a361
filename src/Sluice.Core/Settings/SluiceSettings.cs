using Sluice.Core.Scripting;
using Sluice.Core.Storage;

namespace Sluice.Core.Settings;

/// <summary>Every setting Sluice reads, validated and typed. Built by <see cref="SettingsLoader"/>.</summary>
public sealed record SluiceSettings
{
    /// <summary><c>ENVIRONMENT</c>.</summary>
    public required DeploymentEnvironment Environment { get; init; }
    /// <summary><c>DATABASE_URL</c> or <c>POSTGRES_*</c>, resolved.</summary>
    public required MetadataStoreConfig MetadataStore { get; init; }
    /// <summary>Folder for generated keys (and the default SQLite file).</summary>
    public required string DataDirectory { get; init; }
    /// <summary><c>SECRET_KEY</c>: signs tokens. Null until generated in local.</summary>
    public string? SecretKey { get; init; }
    /// <summary><c>ENCRYPTION_KEY</c>: encrypts stored secrets. Null until generated in local.</summary>
    public string? EncryptionKey { get; init; }
    /// <summary><c>FIRST_SUPERUSER</c>.</summary>
    public required string FirstSuperuser { get; init; }
    /// <summary><c>FIRST_SUPERUSER_PASSWORD</c>.</summary>
    public required string FirstSuperuserPassword { get; init; }
    /// <summary><c>ACCESS_TOKEN_EXPIRE_MINUTES</c>.</summary>
    public int AccessTokenExpireMinutes { get; init; } = 30;
    /// <summary><c>REFRESH_TOKEN_EXPIRE_DAYS</c>.</summary>
    public int RefreshTokenExpireDays { get; init; } = 7;
    /// <summary><c>LOGIN_RATE_LIMIT_PER_MINUTE</c>: login attempts per client IP per minute.</summary>
    public int LoginRateLimitPerMinute { get; init; } = 20;
    /// <summary><c>BACKEND_CORS_ORIGINS</c> plus <c>FRONTEND_HOST</c>.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];
    /// <summary><c>FRONTEND_HOST</c>.</summary>
    public string FrontendHost { get; init; } = "http://localhost:5173";
    /// <summary><c>ALLOWED_HOSTS</c>.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
    /// <summary><c>REDIS_URL</c> or <c>REDIS_HOST/PORT/PASSWORD/DB</c>; null when not configured.</summary>
    public RedisEndpoint? Redis { get; init; }

    /// <summary><c>EXTERNAL_DB_POOL_SIZE</c>, <c>EXTERNAL_DB_CONNECT_TIMEOUT</c>, <c>EXTERNAL_DB_STATEMENT_TIMEOUT</c>,
    /// <c>DATASOURCE_FILE_ROOTS</c> (with the files no datasource may open).</summary>
    public Connectors.ConnectorLimits Connectors { get; init; } = new(10, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30));
    /// <summary><c>SCRIPT_EXEC_TIMEOUT</c>, <c>SCRIPT_MEMORY_LIMIT_MB</c>, <c>SCRIPT_MAX_STATEMENTS</c>,
    /// <c>SCRIPT_MAX_RECURSION</c>: what one script run may use.</summary>
    public ScriptLimits ScriptLimits { get; init; } = ScriptLimits.Default;
    /// <summary><c>SCRIPT_HTTP_ALLOWED_HOSTS</c>, <c>SCRIPT_HTTP_TIMEOUT</c>, <c>SCRIPT_HTTP_MAX_RESPONSE_BYTES</c>:
    /// what a script's <c>http</c> object may reach.</summary>
    public Scripting.Hosts.ScriptHttpSettings ScriptHttp { get; init; } = Scripting.Hosts.ScriptHttpSettings.Default;
    /// <summary><c>SCRIPT_ENV_ALLOWLIST</c>: environment variables a script may read with <c>env.get</c>
    /// (never one of Sluice's own settings).</summary>
    public IReadOnlyList<string> ScriptEnvAllowlist { get; init; } = [];
    /// <summary><c>GATEWAY_MAX_RESPONSE_ROWS</c>: rows a gateway response carries at most.</summary>
    public int GatewayMaxResponseRows { get; init; } = 10_000;
    /// <summary><c>GATEWAY_MAX_BODY_BYTES</c>: largest accepted gateway request body.</summary>
    public long GatewayMaxBodyBytes { get; init; } = 1_048_576;
    /// <summary><c>MANAGEMENT_MAX_BODY_BYTES</c>: largest accepted management (and login) request body.</summary>
    public long ManagementMaxBodyBytes { get; init; } = 1_048_576;
    /// <summary><c>SQL_TEMPLATE_MAX_SIZE</c>: longest API or macro content, in characters.</summary>
    public int SqlTemplateMaxSize { get; init; } = 102_400;
    /// <summary><c>GATEWAY_CONFIG_CACHE_TTL_SECONDS</c>: longest a node serves a snapshot without checking the store's revision.</summary>
    public int GatewayConfigCacheTtlSeconds { get; init; } = 300;

    /// <summary><c>SECRET_KEY_PREVIOUS</c>: earlier signing keys that still verify gateway tokens
    /// (remove them once GATEWAY_JWT_EXPIRE_SECONDS has passed since the rotation).</summary>
    public IReadOnlyList<string> PreviousSecretKeys { get; init; } = [];
    /// <summary><c>GATEWAY_JWT_EXPIRE_SECONDS</c>: default lifetime of client tokens.</summary>
    public int GatewayJwtExpireSeconds { get; init; } = 3600;
    /// <summary><c>GATEWAY_TOKEN_RATE_LIMIT_PER_MINUTE</c>: token requests per IP per minute (0 = unlimited).</summary>
    public int GatewayTokenRateLimitPerMinute { get; init; } = 10;
    /// <summary><c>TRUSTED_PROXY_COUNT</c>: X-Forwarded-For hops to trust for the client IP.</summary>
    public int TrustedProxyCount { get; init; }
    /// <summary><c>FLOW_CONTROL_RATE_LIMIT_ENABLED</c>.</summary>
    public bool RateLimitEnabled { get; init; } = true;
    /// <summary><c>FLOW_CONTROL_RATE_LIMIT_PER_MINUTE</c>: global default per client (0 = unlimited).</summary>
    public int RateLimitPerMinute { get; init; } = 600;
    /// <summary><c>FLOW_CONTROL_MAX_CONCURRENT_PER_CLIENT</c>: default in-flight requests per client (0 = unlimited).</summary>
    public int MaxConcurrentPerClient { get; init; } = 10;
    /// <summary><c>CONCURRENT_DEBUG</c>: log every concurrency slot acquire and release.</summary>
    public bool ConcurrentDebug { get; init; }
    /// <summary><c>GATEWAY_ACCESS_LOG_BODY</c>: store request bodies (truncated) in access records.</summary>
    public bool AccessLogBody { get; init; }
    /// <summary><c>GATEWAY_ACCESS_LOG_QUEUE_SIZE</c>: access records buffered before new ones are dropped (and counted).</summary>
    public int AccessLogQueueSize { get; init; } = 10_000;
    /// <summary><c>ACCESS_LOG_RETENTION_DAYS</c>: access records older than this are purged (0 = keep forever).</summary>
    public int AccessLogRetentionDays { get; init; } = 30;

    /// <summary>True on a developer's machine.</summary>
    public bool IsLocal => Environment == DeploymentEnvironment.Local;
}
