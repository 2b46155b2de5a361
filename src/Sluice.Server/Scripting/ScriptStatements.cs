using System.Text.Json;
using System.Text.Json.Nodes;
using Sluice.Core.Scripting;
using Sluice.Core.Templates;

namespace Sluice.Server.Scripting;

/// <summary>A <c>db</c> call's arguments as the one statement to send: the SQL with an array of
/// values for <c>$1, $2, …</c> (<see cref="PositionalSql"/>), or a template with an object of
/// values by name (<see cref="ScriptTemplates"/>). Anything else is refused in words naming the
/// method, before the database is involved.</summary>
internal static class ScriptStatements
{
    public static BoundStatement Bind(string method, IReadOnlyList<JsonNode?> arguments, SqlDialect dialect)
    {
        var sql = arguments.Count > 0 && arguments[0] is JsonValue text && text.GetValueKind() == JsonValueKind.String
            ? text.GetValue<string>()
            : null;
        if (string.IsNullOrWhiteSpace(sql))
        {
            throw new ScriptHostException($"{method} needs the SQL text as its first argument, e.g. {method}('SELECT * FROM items WHERE id = $1', [id]).");
        }
        if (arguments.Count > 2)
        {
            throw new ScriptHostException($"{method} takes the SQL and one array or object of values, not {arguments.Count} arguments.");
        }
        var values = arguments.Count > 1 ? arguments[1] : null;
        var (statement, error) = values switch
        {
            null => PositionalSql.Bind(sql, [], dialect),
            JsonArray array => PositionalSql.Bind(sql, array.Select(ScriptBindValues.Positional).ToArray(), dialect),
            JsonObject named => Render(sql, named, dialect),
            _ => (null, "the values must be an array (for $1, $2, …) or an object (for {{ name }} in a template), not " + Describe(values) + "."),
        };
        return statement ?? throw new ScriptHostException($"{method}: {error}");
    }

    private static (BoundStatement? Statement, string? Error) Render(string sql, JsonObject values, SqlDialect dialect)
    {
        var template = ScriptTemplates.Get(sql);
        if (template.Template is null)
        {
            return (null, template.Error);
        }
        var missing = template.Reads.Where(name => !values.ContainsKey(name)).Order(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            return (null, $"the template reads {string.Join(", ", missing.Select(name => $"'{name}'"))}, missing from the values object (pass null for a value left out).");
        }
        var rendered = template.Template.Render(ScriptBindValues.Named(values), dialect);
        return rendered.Command switch
        {
            null => (null, rendered.Error),
            { Statements.Count: > 1 } => (null, "the SQL holds more than one statement; run each statement with a call of its own."),
            var command => (command.Statements[0], null),
        };
    }

    private static string Describe(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };
}
