using System.Text.Json.Nodes;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>Creating datasources and published APIs through the management API, as an operator would.</summary>
internal static class Publishing
{
    /// <summary>Creates a datasource from <paramref name="definition"/> under a fresh name; returns its id.</summary>
    public static async Task<long> CreateDatasourceAsync(this SluiceInstance server, string token, Dictionary<string, object?> definition)
    {
        var body = new Dictionary<string, object?>(definition) { ["name"] = "ds-" + Guid.NewGuid().ToString("N")[..8] };
        using var created = await server.Http.PostJsonAsync("/api/v1/datasources", body, token);
        var json = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, json.ToJsonString());
        return (long)json["id"]!;
    }

    /// <summary>Creates, commits and publishes an API (public unless <paramref name="extra"/> says
    /// otherwise); returns its id and the path to call. <paramref name="force"/> commits and
    /// publishes SQL the database refuses to prepare, for tests of what the gateway does with it.</summary>
    public static async Task<(long Id, string Path)> PublishAsync(this SluiceInstance server, string token, long datasourceId, string sql,
        string parameters = "[]", string method = "GET", string pathSuffix = "", Dictionary<string, object?>? extra = null, bool force = false)
    {
        var (id, path) = await server.CreateApiAsync(token, datasourceId, sql, parameters, method, pathSuffix, extra);
        using var commit = await server.Http.PostJsonAsync($"/api/v1/apis/{id}/versions", new { commit_message = "first", force }, token);
        Assert.True(commit.IsSuccessStatusCode, await commit.Content.ReadAsStringAsync());
        using var publish = await server.Http.PostJsonAsync($"/api/v1/apis/{id}/publish", new { force }, token);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
        return (id, path);
    }

    /// <summary>Creates an API (a draft, public unless <paramref name="extra"/> says otherwise) under
    /// a fresh path; returns its id and the path.</summary>
    public static async Task<(long Id, string Path)> CreateApiAsync(this SluiceInstance server, string token, long datasourceId, string sql,
        string parameters = "[]", string method = "GET", string pathSuffix = "", Dictionary<string, object?>? extra = null)
    {
        var path = "t" + Guid.NewGuid().ToString("N")[..10] + pathSuffix;
        var request = new Dictionary<string, object?>
        {
            ["name"] = path, ["path"] = path, ["http_method"] = method, ["datasource_id"] = datasourceId, ["access_type"] = "public",
            ["content"] = sql, ["params"] = JsonNode.Parse(parameters),
        };
        foreach (var (key, value) in extra ?? [])
        {
            request[key] = value;
        }
        using var created = await server.Http.PostJsonAsync("/api/v1/apis", request, token);
        var api = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, api.ToJsonString());
        return ((long)api["id"]!, path);
    }
}
