using System.Text;
using Microsoft.AspNetCore.Http;
using Sluice.Server.Observability.AccessLogs;

namespace Sluice.Tests.Observability;

public sealed class LoggedBodyTests
{
    [Fact]
    public void Mask_JsonWithCredentialsAtAnyDepth_MasksOnlyThoseValues()
    {
        var masked = LoggedBody.Mask("""{"client_id": "c", "client_secret": "s1", "a": [{"Refresh_TOKEN": {"x": "s2"}}], "user": {"password": 5}}""",
            isForm: false, complete: true);
        Assert.Equal("""{"client_id":"c","client_secret":"***","a":[{"Refresh_TOKEN":"***"}],"user":{"password":"***"}}""", masked);
    }

    [Fact]
    public void Mask_JsonWithoutCredentials_IsKeptAsSent()
    {
        const string body = """{ "name": "Zoë",  "n": 1 }""";
        Assert.Equal(body, LoggedBody.Mask(body, isForm: false, complete: true));
    }

    [Fact]
    public void Mask_JsonKeyWrittenWithEscapes_IsStillMasked()
    {
        var masked = LoggedBody.Mask("""{"client_\u0073ecret": "s1"}""", isForm: false, complete: true);
        Assert.DoesNotContain("s1", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client_id=c&client_secret=s1&grant_type=client_credentials", "client_id=c&client_secret=***&grant_type=client_credentials")]
    [InlineData("client%5Fsecret=s1&x=1", "client%5Fsecret=***&x=1")]
    [InlineData("Password=s1&api+token=s2", "Password=***&api+token=***")]
    [InlineData("""{"client_secret":"s1"}""", "***")]
    [InlineData("a=1&my_token", "a=1&***")]
    public void Mask_FormFields_MasksCredentialValues(string body, string expected)
    {
        Assert.Equal(expected, LoggedBody.Mask(body, isForm: true, complete: true));
    }

    [Theory]
    [InlineData("""{"client_secret": "s1", "rest": "cut he""", false)]
    [InlineData("""{"client_secret": "s1",""", true)]
    [InlineData("""{"pass\u0077ord": "s1",""", true)]
    [InlineData("client_secret=s1", true)]
    public void Mask_TextThatIsNeitherJsonNorForm_IsWithheldWhenItMayHoldACredential(string body, bool complete)
    {
        Assert.Equal(LoggedBody.Withheld, LoggedBody.Mask(body, isForm: false, complete));
    }

    [Fact]
    public void Mask_LongBodies_AreCutAfterMasking()
    {
        var body = "{\"password\": \"" + new string('s', 10_000) + "\", \"text\": \"" + new string('x', 10_000) + "\"}";
        var masked = LoggedBody.Mask(body, isForm: false, complete: true);
        Assert.Equal(LoggedBody.MaxLength, masked.Length);
        Assert.StartsWith("{\"password\":\"***\",\"text\":\"xxx", masked, StringComparison.Ordinal);
        Assert.Equal("plain text", LoggedBody.Mask("plain text", isForm: false, complete: false));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "client_id=c&client_secret=s1", "client_id=c&client_secret=***")]
    [InlineData("application/json", """{"client_id": "c", "client_secret": "s1"}""", """{"client_id":"c","client_secret":"***"}""")]
    [InlineData("multipart/form-data; boundary=XYZ",
        "--XYZ\r\nContent-Disposition: form-data; name=\"client_id\"\r\n\r\nc\r\n--XYZ\r\nContent-Disposition: form-data; name=\"client_secret\"\r\n\r\ns1\r\n--XYZ--\r\n",
        "client_id=c&client_secret=***")]
    [InlineData("multipart/form-data", "client_secret=s1", LoggedBody.Withheld)]
    public async Task ReadAsync_BufferedBodies_AreReadWholeAndMasked(string contentType, string body, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Request.Body.Position = context.Request.Body.Length;

        Assert.Equal(expected, await LoggedBody.ReadAsync(context.Request));
    }
}
