using System.Text.Json;
using Sluice.Core.Apis;

namespace Sluice.Tests.Apis;

public sealed class ApiTestCheckTests
{
    private static readonly IReadOnlyList<JsonElement> Rows = [Row("""{"id": 1, "name": "a", "price": 1.50}"""), Row("""{"id": 2, "name": "b", "price": 2}""")];

    [Fact]
    public void Failures_AnswerAsExpected_IsEmpty()
    {
        var expect = new ApiTestExpectation
        {
            RowCount = 2,
            Rows = [Row("""{"name": "a", "id": 1, "price": 1.5}"""), Row("""{"id": 2, "name": "b", "price": 2.0}""")],
            Contains = [Row("""{"name": "b"}""")],
        };

        Assert.Empty(ApiTestCheck.Failures(expect, 200, null, Rows));
    }

    [Fact]
    public void Failures_OtherStatus_NamesBothStatusesAndTheMessageOnly()
    {
        var failures = ApiTestCheck.Failures(new ApiTestExpectation { RowCount = 2 }, 400, "Invalid parameters: id must be an integer.", null);

        Assert.Equal(["expected status 200, got 400: Invalid parameters: id must be an integer."], failures);
    }

    [Fact]
    public void Failures_WrongRowAndCount_NameTheRowAndBothValues()
    {
        var expect = new ApiTestExpectation { RowCount = 3, Rows = [Row("""{"id": 1, "name": "a", "price": 1.5}"""), Row("""{"id": 2, "name": "c", "price": 2}""")] };

        var failures = ApiTestCheck.Failures(expect, 200, null, Rows);

        Assert.Equal(["expected 3 rows, got 2.", """row 2: expected {"id": 2, "name": "c", "price": 2}, got {"id": 2, "name": "b", "price": 2}"""], failures);
    }

    [Fact]
    public void Failures_ContainsMissing_NamesTheRowNotFound()
    {
        var expect = new ApiTestExpectation { Contains = [Row("""{"id": 2}"""), Row("""{"id": 3, "name": "c"}"""), Row("""{"id": 1, "name": "b"}""")] };

        var failures = ApiTestCheck.Failures(expect, 200, null, Rows);

        Assert.Equal(["""no row contains {"id": 3, "name": "c"}""", """no row contains {"id": 1, "name": "b"}"""], failures);
    }

    [Fact]
    public void Failures_ExpectedErrorStatus_Passes()
    {
        Assert.Empty(ApiTestCheck.Failures(new ApiTestExpectation { Status = 400 }, 400, "Invalid parameters: id is required.", null));
    }

    private static JsonElement Row(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
