using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sluice.Core.Settings;
using Sluice.Server.Hosting;

namespace Sluice.Tests.Hosting;

public sealed class UnhandledExceptionHandlerTests
{
    [Theory]
    [InlineData("local", true)]
    [InlineData("production", false)]
    public async Task TryHandle_Bug_Answers500WithDetailsOnlyInLocal(string environment, bool showsDetails)
    {
        var (status, body) = await HandleAsync(environment, new InvalidOperationException("secret internal state"));

        Assert.Equal(500, status);
        Assert.Equal(showsDetails, body.Contains("secret internal state", StringComparison.Ordinal));
        Assert.Contains("request_id", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_BodyOfWrongShape_Answers400NamingTheFieldWithoutTypeNames()
    {
        var json = new JsonException("The JSON value could not be converted to System.Int64.", "$.api_ids[0]", 0, 12);
        var (status, body) = await HandleAsync("production",
            new BadHttpRequestException("Failed to read parameter \"ClientRequest request\" from the request body as JSON.", 400, json));

        Assert.Equal(400, status);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("api_ids[0]", out _), body);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ClientRequest", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_UnbindableValue_Answers400NamingParameterAndValueWithoutTypeNames()
    {
        var (status, body) = await HandleAsync("production", new BadHttpRequestException("Failed to bind parameter \"Int32 days\" from \"abc\".", 400));

        Assert.Equal(400, status);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
        Assert.Equal("'abc' is not a valid value for days.", detail);
    }

    private static async Task<(int Status, string Body)> HandleAsync(string environment, Exception exception)
    {
        var settings = SettingsLoader.Load(new Dictionary<string, string>
        {
            ["ENVIRONMENT"] = environment,
            ["SECRET_KEY"] = new('k', 40),
            ["ENCRYPTION_KEY"] = new('e', 40),
            ["FIRST_SUPERUSER_PASSWORD"] = "a-real-password",
        }, "/tmp").Settings!;
        var services = new ServiceCollection().AddLogging().AddSingleton(settings);
        services.AddSluiceHosting(settings);
        await using var provider = services.BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = provider, TraceIdentifier = "req-1" };
        http.Response.Body = new MemoryStream();

        var handler = new UnhandledExceptionHandler(provider.GetRequiredService<IProblemDetailsService>(), settings,
            NullLogger<UnhandledExceptionHandler>.Instance);
        Assert.True(await handler.TryHandleAsync(http, exception, CancellationToken.None));

        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
