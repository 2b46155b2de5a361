using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>Small helpers for talking to the management API the way a client would.</summary>
internal static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient http, string username, string password) =>
        http.PostAsync("/api/v1/login/access-token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["password"] = password,
        }));

    /// <summary>Logs in and returns the token response; fails the test if login fails.</summary>
    public static async Task<Tokens> LoginOkAsync(this HttpClient http, string username = SluiceInstance.AdminUser, string password = SluiceInstance.AdminPassword)
    {
        using var response = await http.LoginAsync(username, password);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"login failed: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<Tokens>(body, Json)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient http, string path, object body, string? token = null) =>
        http.SendAsync(Request(HttpMethod.Post, path, token, JsonContent.Create(body, options: Json)));

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient http, string path, object body, string? token = null) =>
        http.SendAsync(Request(HttpMethod.Patch, path, token, JsonContent.Create(body, options: Json)));

    public static Task<HttpResponseMessage> GetAsync(this HttpClient http, string path, string? token) =>
        http.SendAsync(Request(HttpMethod.Get, path, token, null));

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    private static HttpRequestMessage Request(HttpMethod method, string path, string? token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }
}

internal sealed record Tokens(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
