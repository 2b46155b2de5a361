namespace Sluice.Server.Gateway.Pipeline;

/// <summary>Every expected way a gateway request stops short of an answer with data; the one
/// table in <see cref="GatewayErrors"/> maps each to its status, Retry-After and metric label.</summary>
internal enum GatewayErrorKind
{
    /// <summary>No API at the path (404).</summary>
    NotFound,
    /// <summary>The path exists under other methods (405 with Allow).</summary>
    MethodNotAllowed,
    /// <summary>A private API without a valid token (401).</summary>
    Unauthorized,
    /// <summary>A valid client not granted the API (403).</summary>
    Forbidden,
    /// <summary>Too many of the caller's requests in flight (503 with Retry-After).</summary>
    ConcurrencyLimited,
    /// <summary>The caller's rate limit is used up (429 with Retry-After).</summary>
    RateLimited,
    /// <summary>The request itself is unreadable: body too large, wrong media type, malformed
    /// (its own status: 400, 413 or 415).</summary>
    BadRequest,
    /// <summary>Parameters missing or invalid, or a value the template refuses (400).</summary>
    InvalidParameters,
    /// <summary>The API's template failed to render (500).</summary>
    TemplateFailed,
    /// <summary>The datasource is switched off (503).</summary>
    DatasourceInactive,
    /// <summary>The datasource cannot be reached (503 with Retry-After).</summary>
    DatasourceUnreachable,
    /// <summary>The statement or script ran past its timeout (504).</summary>
    Timeout,
    /// <summary>The API's query no longer fits the database (500).</summary>
    QueryBroken,
    /// <summary>Lock or serialization contention (503 with Retry-After).</summary>
    Busy,
    /// <summary>A constraint refused the change (409).</summary>
    Integrity,
    /// <summary>The database refused a value given by the caller (400).</summary>
    InvalidInput,
    /// <summary>The database refused the statement for lack of privilege or the sandbox refused it (400).</summary>
    Refused,
    /// <summary>Any other database failure (the database's status mapping).</summary>
    QueryFailed,
    /// <summary>A script threw <c>HttpError(status, message)</c> (its status).</summary>
    ScriptHttpError,
    /// <summary>A script threw anything else (500).</summary>
    ScriptFailed,
    /// <summary>A script hit its memory, statement or recursion limit (500).</summary>
    ScriptLimit,
}
