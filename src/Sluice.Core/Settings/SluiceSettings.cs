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

    /// <summary><c>EXTERNAL_DB_POOL_SIZE</c>, <c>EXTERNAL_DB_CONNECT_TIMEOUT</c>, <c>EXTERNAL_DB_STATEMENT_TIMEOUT</c>.</summary>
    public Connectors.ConnectorLimits Connectors { get; init; } = new(10, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30));
    /// <summary><c>GATEWAY_MAX_RESPONSE_ROWS</c>: rows a gateway response carries at most.</summary>
    public int GatewayMaxResponseRows { get; init; } = 10_000;
    /// <summary><c>GATEWAY_MAX_BODY_BYTES</c>: largest accepted gateway request body.</summary>
    public long GatewayMaxBodyBytes { get; init; } = 1_048_576;
    /// <summary><c>GATEWAY_CONFIG_CACHE_TTL_SECONDS</c>: longest a node serves a snapshot without checking the store's revision.</summary>
    public int GatewayConfigCacheTtlSeconds { get; init; } = 300;

    /// <summary>True on a developer's machine.</summary>
    public bool IsLocal => Environment == DeploymentEnvironment.Local;
}
