using System.Runtime.CompilerServices;
using SQLitePCL;

namespace Sluice.Core.Connectors;

/// <summary>The authorizer of a sandboxed SQLite datasource connection: the template reaches
/// its own file and nothing else. It refuses ATTACH and DETACH (which VACUUM also uses),
/// load_extension, and every PRAGMA except reading a few that describe the schema. One per
/// native connection, kept for as long as the pooled connection lives, so an authorizer is
/// installed once and remembers the last refusal to explain it.</summary>
internal sealed class SqliteSandbox
{
    private static readonly ConditionalWeakTable<sqlite3, SqliteSandbox> Installed = new();

    // PRAGMAs an author needs to look at a schema; their argument names what to describe.
    private static readonly HashSet<string> DescribingPragmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "collation_list", "function_list", "pragma_list", "module_list",
        "compile_options", "database_list",
    };

    // Settings that may be read but not given a value: a value would change the pooled
    // connection (or the file) for every later request.
    private static readonly HashSet<string> ReadableSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign_keys", "user_version", "application_id", "schema_version", "data_version", "encoding", "page_size",
        "page_count", "freelist_count", "journal_mode", "busy_timeout", "defer_foreign_keys", "recursive_triggers",
        "query_only", "read_uncommitted",
    };

    private static readonly HashSet<string> RefusedFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "load_extension", "fts3_tokenizer", "readfile", "writefile", "edit",
    };

    private volatile string? _lastRefusal;

    private SqliteSandbox()
    {
    }

    /// <summary>Why the sandbox last refused a statement on this connection.</summary>
    public string? LastRefusal => _lastRefusal;

    /// <summary>Installs the sandbox on <paramref name="handle"/> unless it already has it.</summary>
    public static SqliteSandbox Install(sqlite3 handle) => Installed.GetValue(handle, static db =>
    {
        var sandbox = new SqliteSandbox();
        raw.sqlite3_enable_load_extension(db, 0);
        var rc = raw.sqlite3_set_authorizer(db, sandbox.Authorize, null);
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"Could not sandbox the SQLite connection (error {rc}).");
        }
        return sandbox;
    });

    /// <summary>The sandbox of <paramref name="handle"/>, if installed.</summary>
    public static SqliteSandbox? Of(sqlite3? handle) => handle is not null && Installed.TryGetValue(handle, out var sandbox) ? sandbox : null;

    private static bool AllowedPragma(string name, string? argument) =>
        DescribingPragmas.Contains(name) || (argument is null && ReadableSettings.Contains(name));

    private int Authorize(object userData, int action, string param0, string param1, string dbName, string innerTrigger)
    {
        var refusal = action switch
        {
            raw.SQLITE_ATTACH => "ATTACH",
            raw.SQLITE_DETACH => "DETACH",
            raw.SQLITE_PRAGMA when !AllowedPragma(param0 ?? "", param1) => $"PRAGMA {param0}{(param1 is null ? "" : " with a value")}",
            raw.SQLITE_FUNCTION when RefusedFunctions.Contains(param1 ?? "") => $"{param1}()",
            _ => null,
        };
        if (refusal is null)
        {
            return raw.SQLITE_OK;
        }
        _lastRefusal = $"{refusal} is not allowed on a sandboxed SQLite datasource{(action == raw.SQLITE_ATTACH ? " (nor VACUUM, which attaches a copy)" : "")}.";
        return raw.SQLITE_DENY;
    }
}
