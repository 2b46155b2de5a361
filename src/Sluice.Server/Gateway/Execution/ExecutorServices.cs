using Microsoft.Extensions.Logging;
using Sluice.Core.Connectors;
using Sluice.Core.Scripting;
using Sluice.Core.Scripting.Hosts;
using Sluice.Core.Settings;
using Sluice.Server.Gateway.Pipeline;
using Sluice.Server.Scripting;

namespace Sluice.Server.Gateway.Execution;

/// <summary>What every executor shares: settings, the clock, the log, the script sandbox, and
/// the one mapping of database failures to gateway errors (with their log lines and health
/// records), so SQL and script APIs answer a failure alike.</summary>
/// <param name="settings">The server's settings.</param>
/// <param name="time">The clock of health records and script deadlines.</param>
/// <param name="logger">The gateway's log.</param>
/// <param name="http">The process's one HTTP client for scripts.</param>
/// <param name="cache">Where scripts' <c>cache</c> keeps values.</param>
internal sealed class ExecutorServices(SluiceSettings settings, TimeProvider time, ILogger<ExecutorServices> logger, ScriptHttpClient http,
    IScriptCacheStore cache)
{
    public SluiceSettings Settings => settings;
    public TimeProvider Time => time;
    public ILogger Logger => logger;

    /// <summary>The sandbox script APIs, validators and transforms run in.</summary>
    public ScriptSandbox Sandbox { get; } = new(settings.ScriptLimits, time);

    // The host objects that hold nothing of a run, built once for all of them.
    private readonly ScriptHostObject _http = ScriptHttpHost.Create(http);
    private readonly ScriptHostObject _env = ScriptEnvHost.Create(settings.ScriptEnvAllowlist);

    /// <summary>The host objects of one script run: <c>db</c>/<c>tx</c> when the API has a
    /// datasource, <c>http</c>, <c>cache</c> namespaced to the API, <c>env</c>, <c>log</c> (into the
    /// server log with the request id, and into the trace of a debug run) and <c>response</c>.</summary>
    public IReadOnlyList<ScriptHostObject> Hosts(ApiCall call, ScriptResponse response, ScriptDatabase? database)
    {
        var model = call.Model;
        var trace = call.Trace;
        var hosts = new List<ScriptHostObject>(7);
        if (database is not null)
        {
            hosts.Add(database.Db);
            hosts.Add(database.Tx);
        }
        hosts.Add(_http);
        hosts.Add(ScriptCacheHost.Create(cache, model.Api.Id));
        hosts.Add(_env);
        hosts.Add(ScriptLogHost.Create(logger, new ScriptLogContext(model.Api.Id, model.Api.Path, call.RequestId),
            trace is null ? null : line => trace.Logs.Add(new TraceLogLine(line.Level.ToString().ToLowerInvariant(), line.Message))));
        hosts.Add(ScriptResponseHost.Create(response));
        return hosts;
    }

    /// <summary>504 for a statement that ran past the API's statement timeout, logged and
    /// recorded against the datasource.</summary>
    public GatewayError TimedOut(ApiModel model)
    {
        Log.QueryTimedOut(logger, model.Api.Id, model.Api.Path, model.StatementTimeout.TotalSeconds);
        model.Datasource!.Health.RecordFailure($"API {model.Api.Path}: the query ran longer than its {model.StatementTimeout.TotalSeconds:0} s statement timeout",
            time.GetUtcNow());
        return GatewayError.TimedOut($"The query ran longer than {model.StatementTimeout.TotalSeconds:0} s and was cancelled.");
    }

    /// <summary>503 naming the reason class (authentication failed, connection refused…) outside
    /// production; production says only that the datasource is unavailable.</summary>
    public GatewayError Unreachable(DatasourceModel datasource, Exception exception, string reason)
    {
        Log.DatasourceUnavailable(logger, exception, datasource.Name, reason);
        datasource.Health.RecordFailure("unreachable: " + reason, time.GetUtcNow());
        return new GatewayError(GatewayErrorKind.DatasourceUnreachable, settings.Environment == DeploymentEnvironment.Production
            ? "The datasource is unavailable. Retry shortly."
            : $"Datasource '{datasource.Name}' is unreachable: {reason}. Retry shortly.");
    }

    /// <summary>A statement the database rejected, by what the rejection means (README, "Gateway
    /// errors"), logged once without a stack trace. An author is told the database's own words,
    /// and a draft's mistake is not held against the datasource.</summary>
    public GatewayError Failed(Execution.ApiCall call, StatementFailure failure)
    {
        var model = call.Model;
        var datasource = model.Datasource!;
        if (failure.Kind == StatementFailureKind.Timeout)
        {
            return TimedOut(model);
        }
        if (call.ForAuthor)
        {
            var message = failure.Kind == StatementFailureKind.Query ? "The query failed: " + failure.Message : failure.Explain(withDatabaseMessage: true);
            return new GatewayError(KindOf(failure.Kind), message, FailureStatus.Of(failure.Kind));
        }
        if (failure.Kind == StatementFailureKind.BrokenQuery)
        {
            Log.QueryBroken(logger, model.Api.Id, model.Api.Path, datasource.Name, failure.Code, failure.LogText);
            datasource.Health.RecordFailure($"API {model.Api.Path}: {failure.Code}: {failure.LogText}", time.GetUtcNow());
            return new GatewayError(GatewayErrorKind.QueryBroken,
                $"The API's query failed; request id {call.RequestId}." + (settings.IsLocal ? " " + failure.LogText : ""));
        }
        // The caller's mistakes are routine; contention and the unmapped are worth a look.
        var level = failure.Kind is StatementFailureKind.Integrity or StatementFailureKind.InvalidInput or StatementFailureKind.Refused
            ? LogLevel.Information : LogLevel.Warning;
        Log.QueryFailed(logger, level, model.Api.Id, model.Api.Path, datasource.Name, failure.Kind, failure.Code, failure.LogText);
        var production = settings.Environment == DeploymentEnvironment.Production;
        if (failure.Kind == StatementFailureKind.Busy)
        {
            datasource.Health.RecordFailure($"API {model.Api.Path}: {failure.Message}", time.GetUtcNow());
        }
        var text = failure.Kind switch
        {
            StatementFailureKind.Busy or StatementFailureKind.Integrity or StatementFailureKind.Refused => failure.Message,
            StatementFailureKind.InvalidInput => failure.Explain(withDatabaseMessage: !production),
            _ => production ? "The query failed; the server log has the database's message under this request's id." : "The query failed: " + failure.Message,
        };
        return new GatewayError(KindOf(failure.Kind), text, FailureStatus.Of(failure.Kind));
    }

    private static GatewayErrorKind KindOf(StatementFailureKind kind) => kind switch
    {
        StatementFailureKind.Busy => GatewayErrorKind.Busy,
        StatementFailureKind.Integrity => GatewayErrorKind.Integrity,
        StatementFailureKind.InvalidInput => GatewayErrorKind.InvalidInput,
        StatementFailureKind.Refused => GatewayErrorKind.Refused,
        StatementFailureKind.BrokenQuery => GatewayErrorKind.QueryBroken,
        StatementFailureKind.Timeout => GatewayErrorKind.Timeout,
        _ => GatewayErrorKind.QueryFailed,
    };
}
