using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>MANAGEMENT_MAX_BODY_BYTES bounds every management body (413), and
/// SQL_TEMPLATE_MAX_SIZE bounds API and macro content (400 naming content).</summary>
public sealed class BodyLimitTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private const int DefaultBodyLimit = 1_048_576;
    private const int DefaultTemplateLimit = 102_400;

    private HttpClient Http => fixture.Server.Http;

    // Large bodies go through a client that waits for the server's 100 Continue.
    private HttpClient Patient => _patient ??= RawRequests.PatientClient(fixture.Server.BaseAddress);

    private HttpClient? _patient;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ManagementBody_OverTheLimit_Answers413NamingLimitAndSetting(bool chunked)
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var body = Encoding.UTF8.GetBytes($"{{\"name\": \"big\", \"description\": \"{new string('d', DefaultBodyLimit)}\"}}");
        using var response = await Patient.SendRawAsync(HttpMethod.Post, "/api/v1/modules", body, "application/json", token, chunked);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode} {text}");
        var detail = (string)JsonNode.Parse(text)!["detail"]!;
        Assert.Contains(DefaultBodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), detail, StringComparison.Ordinal);
        Assert.Contains("MANAGEMENT_MAX_BODY_BYTES", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagementBody_JustUnderTheLimit_IsAccepted()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var name = "m" + Guid.NewGuid().ToString("N")[..8];
        var padding = new string(' ', DefaultBodyLimit - 100);
        using var response = await Http.PostRawAsync("/api/v1/modules", $"{{\"name\": \"{name}\"{padding}}}", "application/json", token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ApiContent_OverTemplateLimit_Answers400NamingContentSizeAndLimit()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var content = "SELECT 1 " + new string('-', DefaultTemplateLimit);
        using var response = await Http.PostJsonAsync("/api/v1/apis", new { name = "huge", path = "huge", content }, token);
        AssertContentTooLong(await response.ReadJsonAsync(), response.StatusCode, content.Length);
    }

    [Fact]
    public async Task MacroContent_OverTemplateLimit_Answers400AndIsNotStored()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var content = "1 = 1 " + new string(' ', DefaultTemplateLimit);
        using var response = await Http.PostJsonAsync("/api/v1/macros", new { name = "huge_macro", content }, token);
        AssertContentTooLong(await response.ReadJsonAsync(), response.StatusCode, content.Length);
        using var list = await Http.GetAsync("/api/v1/macros?name=huge_macro", token);
        Assert.Equal(0L, (long)(await list.ReadJsonAsync())["total"]!);
    }

    [Fact]
    public async Task DebugContent_OverTemplateLimit_Answers400()
    {
        var token = (await Http.LoginOkAsync()).AccessToken;
        var content = "SELECT 1 " + new string(' ', DefaultTemplateLimit);
        using var response = await Http.PostJsonAsync("/api/v1/apis/debug", new { content, datasource_id = 1 }, token);
        AssertContentTooLong(await response.ReadJsonAsync(), response.StatusCode, content.Length);
    }

    [Fact]
    public async Task Limits_SetLower_AreEnforcedAtTheSetValues()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings["MANAGEMENT_MAX_BODY_BYTES"] = "2048";
        settings["SQL_TEMPLATE_MAX_SIZE"] = "10";
        await using var server = await SluiceInstance.StartAsync(settings);
        var token = (await server.Http.LoginOkAsync()).AccessToken;

        using var macro = await server.Http.PostJsonAsync("/api/v1/macros", new { name = "eleven", content = "1 = 1 AND 2" }, token);
        var problem = await macro.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, macro.StatusCode);
        Assert.Contains("the limit is 10 characters", (string)problem["errors"]!["content"]![0]!, StringComparison.Ordinal);

        using var patient = RawRequests.PatientClient(server.BaseAddress);
        var body = Encoding.UTF8.GetBytes($"{{\"name\": \"m\", \"description\": \"{new string('d', 2048)}\"}}");
        using var big = await patient.SendRawAsync(HttpMethod.Post, "/api/v1/modules", body, "application/json", token, expectContinue: true);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Contains("2048", (string)(await big.ReadJsonAsync())["detail"]!, StringComparison.Ordinal);
    }

    private static void AssertContentTooLong(JsonNode problem, HttpStatusCode status, int length)
    {
        Assert.True(status == HttpStatusCode.BadRequest, $"{(int)status} {problem.ToJsonString()}");
        var message = (string)problem["errors"]!["content"]![0]!;
        Assert.Contains(length.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Contains(DefaultTemplateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Contains("SQL_TEMPLATE_MAX_SIZE", message, StringComparison.Ordinal);
    }
}
