using System.Text;
using CsCheck;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>CsCheck generators of odd requests aimed at known routes: random methods, path ids,
/// query strings, headers and content types, and bodies that are schema-shaped JSON with wrong
/// types, nulls and huge numbers, or malformed, wrongly encoded, deeply nested or oversized.</summary>
internal static class FuzzRequests
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];
    private static readonly string[] PathValues =
        ["1", "2", "3", "0", "-1", "42", "999999", "9223372036854775807", "9223372036854775808", "abc", "draft", "1.5", "%20", "%00", "%FF", "%C3%A9", "..", "%2e%2e", "a%2Fb"];
    private static readonly string[] QueryNames =
        ["page", "page_size", "id", "name", "days", "limit", "from", "to", "status", "success", "module_id", "api_id", "q", "sort", "count", "x"];
    private static readonly string[] QueryValues =
        ["", "1", "0", "-1", "2", "100", "abc", "true", "null", "99999999999999999999", "1e400", "2024-01-01", "2024-13-45T99:00", "%00", "%FF", "a%20b", "%ZZ", "[]", new string('9', 400)];
    private static readonly string?[] ContentTypes =
    [
        null, "application/json", "application/json; charset=utf-8", "application/json; charset=bogus", "application/json; charset=utf-16",
        "APPLICATION/JSON", "application/merge-patch+json", "text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data", "multipart/form-data; boundary=zz", "multipart/form-data; boundary=", ";;", "application/json; charset=\"utf-8\"",
    ];
    private static readonly KeyValuePair<string, string>[] OddHeaders =
    [
        new("Accept", "text/csv"), new("Accept", "application/x-ndjson"), new("Accept", "garbage/"), new("X-Request-ID", "../../etc"),
        new("X-Forwarded-For", "not-an-ip"), new("X-Forwarded-For", "1.2.3.4, ::1"), new("Origin", "https://evil.example.com"),
        new("If-None-Match", "*"), new("Authorization", "Bearer garbage"), new("Authorization", "Basic YWRtaW46Y2hhbmdldGhpcw=="),
        new("Cookie", "a=b"), new("Range", "bytes=0-1"), new("Rt-V", "%FF"),
    ];
    private static readonly string[] Strings =
    [
        "", "a", "postgres", "mysql", "sqlite", "duckdb", "sql", "script", "public", "private", "GET", "POST", "query", "path", "body", "header",
        "integer", "string", "array", "object", "date", "api", "role", "read", "execute", "client_credentials", "SELECT 1 AS one", "{{ x }}",
        "{% if x %}", "x/{id}", "draft", "\\u0000", "\\ud800", "\\udfff\\ud800", "😀", "../../etc/passwd", "1", "true", "a\\\\b", "  ",
        new string('a', 5000),
    ];
    private static readonly string[] Numbers =
        ["0", "1", "-1", "2", "42", "1.5", "-0", "1e308", "1e400", "-1e400", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "1E-400"];
    private static readonly string[] UnknownFields = ["unknown", "__proto__", "$ref", "", "id", "is_superuser", "created_at"];
    private static readonly string[] Malformed =
        ["{", "{\"a\":", "[1,]", "{\"a\":1,}", "nul", "{'a':1}", "\u0000", "{\"a\":1}{\"b\":2}", "//x\n{}", " ", "\"unterminated", "{\"a\" 1}", "\uFEFF{}"];
    private static readonly string[] FormValues = ["a", "", "%FF", "%ZZ", "x%00y", "+", "%F0%9F%98%80", "admin", "client_credentials"];
    private static readonly Dictionary<string, string[]> Typical = new(StringComparer.Ordinal)
    {
        ["params"] = ["""[{"name": "x", "location": "query", "data_type": "integer"}]""", """[{"name": "x", "location": "nowhere"}]""", """[{"name": null}]""", "[{}]"],
        ["permissions"] = ["""[{"resource_type": "api", "action": "read"}]""", """[{"resource_type": "api", "action": "read", "resource_id": 1}]""", "[{}]"],
        ["values"] = ["""{"x": 1}""", """{"x": [1, null]}""", "{\"\": {}}"],
        ["options"] = ["""{"a": "b"}""", """{"a": {"b": 1}}""", "[]"],
        ["identifiers"] = ["""["id", "name"]""", "[1, null]"],
    };

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Gen.OneOf(Strings).Select(text => "\"" + text + "\"")),
        (3, Gen.OneOf(Numbers)),
        (2, Gen.OneOf("true", "false", "null")));

    private static readonly Gen<string> Value = JsonValue(2);

    public static Gen<FuzzRequest> For(IReadOnlyList<FuzzRoute> routes) =>
        from route in Gen.OneOf([.. routes])
        from caller in Gen.Frequency((5, FuzzCaller.Superuser), (2, FuzzCaller.Developer), (3, FuzzCaller.Anonymous))
        from method in Gen.Frequency((9, Gen.Const(route.Method)), (1, Gen.OneOf(Methods)))
        from path in PathFor(route.Template)
        from query in QueryFor(route)
        from headers in Gen.OneOf(OddHeaders).Array[0, 2]
        from body in BodyFor(route)
        select new FuzzRequest(caller, method, path + query, body.ContentType, body.Bytes, headers);

    private static Gen<string> JsonValue(int depth) => depth == 0 ? Scalar : Gen.Frequency(
        (8, Scalar),
        (1, JsonValue(depth - 1).Array[0, 3].Select(items => "[" + string.Join(", ", items) + "]")),
        (1, Gen.Select(Gen.OneOf([.. Strings.Take(20)]), JsonValue(depth - 1)).Array[0, 3]
            .Select(pairs => "{" + string.Join(", ", pairs.Select(pair => $"\"{pair.Item1}\": {pair.Item2}")) + "}")));

    private static Gen<string> PathFor(string template)
    {
        var segments = template.Split('/');
        var holes = segments.Count(segment => segment.StartsWith('{'));
        return Gen.Select(Gen.OneOf(PathValues).Array[holes], Gen.Frequency((19, Gen.Const("")), (1, Gen.OneOf("/", "/x", "//"))), (values, suffix) =>
        {
            var next = 0;
            return string.Join('/', segments.Select(segment => segment.StartsWith('{') ? values[next++] : segment)) + suffix;
        });
    }

    private static Gen<string> QueryFor(FuzzRoute route)
    {
        var names = route.QueryNames.Count > 0 ? Gen.Frequency((3, Gen.OneOf([.. route.QueryNames])), (1, Gen.OneOf(QueryNames))) : Gen.OneOf(QueryNames);
        return Gen.Select(names, Gen.OneOf(QueryValues)).Array[0, 3]
            .Select(pairs => pairs.Length == 0 ? "" : "?" + string.Join('&', pairs.Select(pair => pair.Item1 + "=" + pair.Item2)));
    }

    private static Gen<(string? ContentType, byte[]? Bytes)> BodyFor(FuzzRoute route)
    {
        var json = ObjectFor(route.BodyFields);
        return Gen.Frequency(
            (3, Gen.Const<(string?, byte[]?)>((null, null))),
            (8, WithType(json.Select(Encoding.UTF8.GetBytes), "application/json")),
            (1, WithType(Value.Select(Encoding.UTF8.GetBytes), "application/json")),
            (1, WithType(Gen.OneOf(Malformed).Select(Encoding.UTF8.GetBytes), "application/json")),
            (1, WithType(Gen.Select(json, Gen.OneOf<byte[]>([0xFF], [0xC0, 0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80])).Select(InsertIntoString), "application/json")),
            (1, WithType(Gen.Select(Gen.Int[60, 3000], Gen.Bool).Select(Nested), "application/json")),
            (1, WithType(FormFor(route.BodyFields), "application/x-www-form-urlencoded")),
            (1, WithType(MultipartFor(route.BodyFields), "multipart/form-data; boundary=zz")),
            (1, Gen.Int[0, 9].Select<int, (string?, byte[]?)>(size => size == 0
                ? ("application/json", Encoding.UTF8.GetBytes("{\"name\": \"" + new string('x', 1_100_000) + "\"}"))
                : (null, null))));
    }

    private static Gen<(string? ContentType, byte[]? Bytes)> WithType(Gen<byte[]> body, string preferred) =>
        Gen.Select(body, Gen.Frequency((3, Gen.Const<string?>(preferred)), (2, Gen.OneOf(ContentTypes))), (bytes, type) => new ValueTuple<string?, byte[]?>(type, bytes));

    private static Gen<string> ObjectFor(IReadOnlyList<string> fields)
    {
        // Each known field is present about two times in three, with a value of any type.
        var known = fields.Aggregate(Gen.Const(new List<string>()), (parts, field) =>
            from list in parts
            from present in Gen.Int[0, 2]
            from value in FieldValue(field)
            select present == 0 ? list : [.. list, $"\"{field}\": {value}"]);
        var unknown = Gen.Select(Gen.OneOf(UnknownFields), Value).Array[0, 1].Select(pairs => pairs.Select(pair => $"\"{pair.Item1}\": {pair.Item2}"));
        return Gen.Select(known, unknown, (a, b) => "{" + string.Join(", ", a.Concat(b)) + "}");
    }

    private static Gen<string> FieldValue(string field) =>
        Typical.TryGetValue(field, out var typical) ? Gen.Frequency((2, Gen.OneOf(typical)), (1, Value)) : Value;

    private static Gen<byte[]> FormFor(IReadOnlyList<string> fields)
    {
        var names = fields.Count > 0 ? Gen.Frequency((3, Gen.OneOf([.. fields])), (1, Gen.OneOf("", "=", "a=b=c", "%FF"))) : Gen.OneOf("a", "", "%FF");
        return Gen.Select(names, Gen.OneOf(FormValues)).Array[0, 4]
            .Select(pairs => Encoding.UTF8.GetBytes(string.Join('&', pairs.Select(pair => pair.Item1 + "=" + pair.Item2))));
    }

    private static Gen<byte[]> MultipartFor(IReadOnlyList<string> fields)
    {
        var names = fields.Count > 0 ? Gen.OneOf([.. fields]) : Gen.OneOf("a", "");
        var part = Gen.Select(names, Gen.OneOf(FormValues)).Select(pair => $"--zz\r\nContent-Disposition: form-data; name=\"{pair.Item1}\"\r\n\r\n{pair.Item2}\r\n");
        return Gen.Select(part.Array[0, 3], Gen.OneOf("--zz--\r\n", "", "--zz"))
            .Select((parts, end) => Encoding.UTF8.GetBytes(string.Concat(parts) + end));
    }

    private static byte[] InsertIntoString(string json, byte[] invalid)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        var quote = bytes.IndexOf((byte)'"');
        if (quote < 0)
        {
            return [.. Encoding.UTF8.GetBytes("{\""), .. invalid, .. Encoding.UTF8.GetBytes("\": 1}")];
        }
        bytes.InsertRange(quote + 1, invalid);
        return [.. bytes];
    }

    private static byte[] Nested((int Depth, bool Objects) shape) => Encoding.UTF8.GetBytes(shape.Objects
        ? string.Concat(Enumerable.Repeat("{\"a\": ", shape.Depth)) + "1" + new string('}', shape.Depth)
        : new string('[', shape.Depth) + new string(']', shape.Depth));
}
