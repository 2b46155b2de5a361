using Sluice.Core.Parameters;
using static Sluice.Tests.Parameters.Binders;

namespace Sluice.Tests.Parameters;

public sealed class LocationTests
{
    [Fact]
    public void Bind_PathParameter_IsNotOverriddenByQueryOrBody()
    {
        var binder = Binders.Of(new ParamDefinition { Name = "id", Location = ParamLocation.Path, DataType = ParamType.Integer });
        var inputs = new RequestInputs
        {
            Path = new Dictionary<string, string> { ["id"] = "7" },
            Query = Inputs.Multi(("id", "1")),
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["id"] = "2" },
            Body = Inputs.Parse("""{"id": 3}"""),
        };
        Assert.Equal(7L, binder.Bind(inputs).Values["id"]);
    }

    [Fact]
    public void Bind_PathParameterMissingFromRoute_IsNotTakenFromQuery()
    {
        var binder = Binders.Of(new ParamDefinition { Name = "id", Location = ParamLocation.Path, IsRequired = true });
        var result = binder.Bind(Inputs.Query(("id", "1")));
        Assert.Null(result.Values["id"]);
        Assert.Equal("required", Assert.Single(result.Errors).Rule);
    }

    [Fact]
    public void Bind_QueryParameter_IsNotTakenFromBodyOrHeader()
    {
        var binder = Binders.Of(Query("q"));
        var inputs = new RequestInputs
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["q"] = "header" },
            Body = Inputs.Parse("""{"q": "body"}"""),
        };
        Assert.Null(binder.Bind(inputs).Values["q"]);
    }

    [Fact]
    public void Bind_BodyParameter_IsNotTakenFromQuery()
    {
        var binder = Binders.Of(Body("name"));
        Assert.Null(binder.Bind(Inputs.Query(("name", "from-query"))).Values["name"]);
    }

    [Fact]
    public void Bind_UndeclaredInputs_NeverAppearInValues()
    {
        var binder = Binders.Of(Query("q"));
        var inputs = new RequestInputs
        {
            Path = new Dictionary<string, string> { ["id"] = "7" },
            Query = Inputs.Multi(("q", "x"), ("extra", "1")),
            Body = Inputs.Parse("""{"other": 1}"""),
        };
        var values = binder.Bind(inputs).Values;
        Assert.Equal("q", Assert.Single(values.Keys));
    }

    [Fact]
    public void Bind_AbsentOptionalParameters_AppearAsNull()
    {
        var binder = Binders.Of(Query("a"), Query("b", ParamType.Integer), Body("c", ParamType.Object));
        var result = binder.Bind(new RequestInputs());
        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Values.Count);
        Assert.All(result.Values.Values, Assert.Null);
    }

    [Fact]
    public void Bind_RepeatedQueryKeys_FillAnArrayInOrder()
    {
        var binder = Binders.Of(Query("ids", ParamType.Array));
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(binder.Bind(Inputs.Query(("ids", "3"), ("ids", "1"), ("ids", "2,5"))).Values["ids"]);
        Assert.Equal(new object?[] { "3", "1", "2,5" }, items);
    }

    [Fact]
    public void Bind_SingleQueryValueForArray_IsOneItemList()
    {
        var binder = Binders.Of(Query("ids", ParamType.Array));
        Assert.Equal(new object?[] { "42" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(binder.Bind(Inputs.Query(("ids", "42"))).Values["ids"]));
    }

    [Fact]
    public void Bind_SingleCommaSeparatedQueryValueForArray_SplitsIntoItems()
    {
        var binder = Binders.Of(Query("ids", ParamType.Array));
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(binder.Bind(Inputs.Query(("ids", "1,2,,3"))).Values["ids"]);
        Assert.Equal(new object?[] { "1", "2", "", "3" }, items);
    }

    [Fact]
    public void Bind_RepeatedQueryKeyForScalar_IsTypeError()
    {
        var binder = Binders.Of(Query("limit", ParamType.Integer));
        var result = binder.Bind(Inputs.Query(("limit", "1"), ("limit", "2")));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("type", "limit must be given only once (got 2 values)."), (error.Rule, error.Message));
        Assert.Null(result.Values["limit"]);
    }

    [Fact]
    public void Bind_JsonArrayBody_BindsWholeToParameterNamedBody()
    {
        var binder = Binders.Of(Body("body", ParamType.Array), Body("name"));
        var result = binder.Bind(Inputs.Json("""[{"id": 1}, {"id": 2}]"""));
        Assert.Empty(result.Errors);
        var rows = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Values["body"]);
        Assert.Equal(2, rows.Count);
        Assert.Equal(2L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(rows[1])["id"]);
        Assert.Null(result.Values["name"]);
    }

    [Fact]
    public void Bind_JsonObjectBody_ReadsFieldNamedBody()
    {
        var binder = Binders.Of(Body("body", ParamType.Array));
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(binder.Bind(Inputs.Json("""{"body": [1]}""")).Values["body"]);
        Assert.Equal(1L, Assert.Single(items));
    }

    [Fact]
    public void Bind_BodyObjectParameter_TakesNestedObject()
    {
        var binder = Binders.Of(Body("filter", ParamType.Object));
        var filter = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(binder.Bind(Inputs.Json("""{"filter": {"status": "open"}}""")).Values["filter"]);
        Assert.Equal("open", filter["status"]);
    }

    [Fact]
    public void Bind_FormBody_ReadsFieldsWithTheirTypes()
    {
        var binder = Binders.Of(Body("name"), Body("age", ParamType.Integer), Body("tags", ParamType.Array), Body("active", ParamType.Boolean));
        var inputs = new RequestInputs { Form = Inputs.Multi(("name", "Ada"), ("age", "36"), ("tags", "a"), ("tags", "b"), ("active", "on")) };
        var result = binder.Bind(inputs);
        Assert.Empty(result.Errors);
        Assert.Equal("Ada", result.Values["name"]);
        Assert.Equal(36L, result.Values["age"]);
        Assert.Equal(new object?[] { "a", "b" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Values["tags"]));
        Assert.Equal(true, result.Values["active"]);
    }

    [Fact]
    public void Bind_FormFieldInvalid_IsTypeError()
    {
        var binder = Binders.Of(Body("age", ParamType.Integer));
        var error = Assert.Single(binder.Bind(new RequestInputs { Form = Inputs.Multi(("age", "old")) }).Errors);
        Assert.Equal("age must be an integer (got \"old\").", error.Message);
    }

    [Theory]
    [InlineData("X-Tenant")]
    [InlineData("x-tenant")]
    [InlineData("X_TENANT")]
    public void Bind_HeaderWithUnderscoreName_IsFoundByHyphenatedNameInAnyCase(string headerName)
    {
        var binder = Binders.Of(new ParamDefinition { Name = "x_tenant", Location = ParamLocation.Header });
        var inputs = new RequestInputs { Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [headerName] = "acme" } };
        Assert.Equal("acme", binder.Bind(inputs).Values["x_tenant"]);
    }

    [Fact]
    public void HeaderNames_HeaderParameters_ListTheHyphenatedNameAndTheNameAsWritten()
    {
        var binder = Binders.Of(
            new ParamDefinition { Name = "rt_v", Location = ParamLocation.Header },
            new ParamDefinition { Name = "tenant", Location = ParamLocation.Header },
            Binders.Query("q"));
        Assert.Equal(["rt-v", "rt_v", "tenant"], binder.HeaderNames);
    }

    [Fact]
    public void Bind_HeadersGivenCaseSensitively_AreStillMatchedIgnoringCase()
    {
        var binder = Binders.Of(new ParamDefinition { Name = "Tenant", Location = ParamLocation.Header, DataType = ParamType.Integer });
        var inputs = new RequestInputs { Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["TENANT"] = "9" } };
        Assert.Equal(9L, binder.Bind(inputs).Values["Tenant"]);
    }

    [Fact]
    public void Bind_HeaderArray_SplitsOnCommasAndTrims()
    {
        var binder = Binders.Of(new ParamDefinition { Name = "langs", Location = ParamLocation.Header, DataType = ParamType.Array });
        var inputs = new RequestInputs { Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["langs"] = "en, fr ,de" } };
        Assert.Equal(new object?[] { "en", "fr", "de" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(binder.Bind(inputs).Values["langs"]));
    }
}
