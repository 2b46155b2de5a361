using System.Text.Json;
using System.Text.Json.Nodes;
using Sluice.Core.Parameters;

namespace Sluice.Server.Management.Apis;

/// <summary>Checks an API's test cases when the draft is saved, naming each problem by its place
/// (<c>tests[1].expect.row_count</c>), and lays them out as stored: <c>name</c>, <c>values</c> and
/// <c>expect</c> with its <c>status</c> (200 unless given).</summary>
internal static class ApiTestValidation
{
    private const int MaxNameLength = 200;
    private static readonly string[] CaseKeys = ["name", "values", "expect"];
    private static readonly string[] ExpectKeys = ["status", "row_count", "rows", "contains"];

    /// <summary>The test cases as stored, or null after recording every problem.</summary>
    public static string? Check(JsonElement json, IReadOnlyList<ParamDefinition> parameters, FieldErrors errors)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            errors.Add("tests", "must be an array of test cases: [{\"name\": ..., \"values\": {...}, \"expect\": {...}}].");
            return null;
        }
        var declared = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stored = new JsonArray();
        var index = 0;
        foreach (var item in json.EnumerateArray())
        {
            var at = $"tests[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(at, "must be an object with name, values and expect.");
                continue;
            }
            Unknown(item, at, CaseKeys, errors);
            var name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(name))
            {
                errors.Add($"{at}.name", "is required: a name for the test case.");
            }
            else if (name.Length > MaxNameLength)
            {
                errors.Add($"{at}.name", $"must be at most {MaxNameLength} characters.");
            }
            else if (!names.Add(name))
            {
                errors.Add($"{at}.name", $"'{name}' is already the name of another test case; names must be unique.");
            }
            var values = Values(item, at, declared, errors);
            var expect = Expect(item, at, errors);
            stored.Add(new JsonObject { ["name"] = name, ["values"] = values, ["expect"] = expect });
        }
        return errors.Any ? null : stored.ToJsonString();
    }

    private static JsonObject Values(JsonElement item, string at, HashSet<string> declared, FieldErrors errors)
    {
        var values = new JsonObject();
        if (!item.TryGetProperty("values", out var given) || given.ValueKind == JsonValueKind.Null)
        {
            return values;
        }
        if (given.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}.values", "must be an object of values by parameter name.");
            return values;
        }
        foreach (var value in given.EnumerateObject())
        {
            if (!declared.Contains(value.Name))
            {
                errors.Add($"{at}.values.{value.Name}", declared.Count == 0
                    ? "is not a parameter of this API, which declares none."
                    : $"is not a parameter of this API; declared: {string.Join(", ", declared.Order(StringComparer.Ordinal))}.");
            }
            values[value.Name] = JsonNode.Parse(value.Value.GetRawText());
        }
        return values;
    }

    private static JsonObject Expect(JsonElement item, string at, FieldErrors errors)
    {
        var expect = new JsonObject { ["status"] = 200 };
        if (!item.TryGetProperty("expect", out var given) || given.ValueKind == JsonValueKind.Null)
        {
            return expect;
        }
        at += ".expect";
        if (given.ValueKind != JsonValueKind.Object)
        {
            errors.Add(at, "must be an object with any of status, row_count, rows and contains.");
            return expect;
        }
        Unknown(given, at, ExpectKeys, errors);
        if (given.TryGetProperty("status", out var status))
        {
            if (status.ValueKind == JsonValueKind.Number && status.TryGetInt32(out var code) && code is >= 100 and <= 599)
            {
                expect["status"] = code;
            }
            else
            {
                errors.Add($"{at}.status", "must be an HTTP status from 100 to 599.");
            }
        }
        if (given.TryGetProperty("row_count", out var count))
        {
            if (count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var rows) && rows >= 0)
            {
                expect["row_count"] = rows;
            }
            else
            {
                errors.Add($"{at}.row_count", "must be a whole number, 0 or more.");
            }
        }
        foreach (var key in (string[])["rows", "contains"])
        {
            if (!given.TryGetProperty(key, out var list))
            {
                continue;
            }
            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(row => row.ValueKind != JsonValueKind.Object))
            {
                errors.Add($"{at}.{key}", "must be an array of row objects, e.g. [{\"id\": 1}].");
                continue;
            }
            expect[key] = JsonNode.Parse(list.GetRawText());
        }
        return expect;
    }

    private static void Unknown(JsonElement item, string at, string[] known, FieldErrors errors)
    {
        foreach (var property in item.EnumerateObject().Where(property => !known.Contains(property.Name)))
        {
            errors.Add($"{at}.{property.Name}", $"is not a known field; use {string.Join(", ", known)}.");
        }
    }
}
