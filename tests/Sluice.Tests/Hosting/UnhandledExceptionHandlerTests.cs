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
    public async Task TryHandle_BadRequestBody_Answers400WithTheReason()
    {
        var (status, body) = await HandleAsync("production", new BadHttpRequestException("Failed to read parameter \"body\" from the request body as JSON."));

        Assert.Equal(400, status);
        Assert.Contains("Failed to read parameter", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
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
