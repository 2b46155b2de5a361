using System.Text.Json;
using System.Text.Json.Nodes;
using Sluice.Server.Management.Audit;

namespace Sluice.Tests.Management;

public sealed class AuditSummaryTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record Body(string? Name, string? Password, object? Options);

    [Fact]
    public void From_CredentialNamesAtAnyDepth_AreMasked()
    {
        var body = new Body("db", "hunter2", new { ClientSecret = "s3", Items = new object[] { new { AccessToken = "t0k", Keep = 1 } } });

        var summary = JsonNode.Parse(AuditSummary.From(body, typeof(Body), [], Json)!)!;

        Assert.Equal("db", (string?)summary["name"]);
        Assert.Equal("***", (string?)summary["password"]);
        Assert.Equal("***", (string?)summary["options"]!["client_secret"]);
        Assert.Equal("***", (string?)summary["options"]!["items"]![0]!["access_token"]);
        Assert.Equal(1, (int)summary["options"]!["items"]![0]!["keep"]!);
    }

    [Fact]
    public void From_SecretLikeDatasourceOptions_AreMasked()
    {
        var options = new Dictionary<string, object> { ["SslKey"] = "pem", ["Pooling"] = "true" };

        var summary = JsonNode.Parse(AuditSummary.From(new Body("db", null, options), typeof(Body), [], Json)!)!;

        Assert.Equal("***", (string?)summary["options"]!["SslKey"]);
        Assert.Equal("true", (string?)summary["options"]!["Pooling"]);
    }

    [Fact]
    public void From_RouteValues_AreAddedAsNumbersWhenNumeric()
    {
        var summary = JsonNode.Parse(AuditSummary.From(null, null, [KeyValuePair.Create("versionId", "42")], Json)!)!;

        Assert.Equal(42, (long)summary["version_id"]!);
    }

    [Fact]
    public void From_HandlerNotes_AreAddedAndWinOverTheBody()
    {
        var notes = new JsonObject { ["version"] = 3, ["name"] = "chosen" };

        var summary = JsonNode.Parse(AuditSummary.From(new Body("sent", null, null), typeof(Body), [], Json, notes)!)!;

        Assert.Equal((3, "chosen"), ((int)summary["version"]!, (string?)summary["name"]));
    }

    [Fact]
    public void From_NothingToSay_IsNull()
    {
        Assert.Null(AuditSummary.From(null, null, [], Json));
    }

    [Fact]
    public void From_LongTexts_AreCutToFitTheCap()
    {
        var body = new Body(new string('x', 20_000), null, null);

        var text = AuditSummary.From(body, typeof(Body), [], Json)!;

        Assert.True(text.Length <= AuditSummary.MaxBytes);
        Assert.StartsWith("xxx", (string?)JsonNode.Parse(text)!["name"], StringComparison.Ordinal);
    }

    [Fact]
    public void From_TooManyFieldsEvenWhenCut_KeepsOnlyTheSize()
    {
        var body = new Body("many", null, Enumerable.Range(0, 2000).ToDictionary(i => "field" + i, i => i));

        var summary = JsonNode.Parse(AuditSummary.From(body, typeof(Body), [], Json)!)!;

        Assert.True((bool)summary["truncated"]!);
        Assert.True((int)summary["bytes"]! > AuditSummary.MaxBytes);
    }
}
