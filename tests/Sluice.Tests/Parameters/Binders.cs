using Sluice.Core.Parameters;

namespace Sluice.Tests.Parameters;

/// <summary>Compiles definitions that the test expects to be valid.</summary>
internal static class Binders
{
    public static ParameterBinder Of(params ParamDefinition[] definitions)
    {
        var result = ParameterBinder.Compile(definitions);
        Assert.Empty(result.Errors);
        return result.Binder!;
    }

    public static ParamDefinition Query(string name, ParamType type = ParamType.String) =>
        new() { Name = name, Location = ParamLocation.Query, DataType = type };

    public static ParamDefinition Body(string name, ParamType type = ParamType.String) =>
        new() { Name = name, Location = ParamLocation.Body, DataType = type };

    /// <summary>Binds one query value to one query parameter of the type.</summary>
    public static BindResult BindQueryText(ParamType type, string text) =>
        Of(Query("p", type)).Bind(Inputs.Query(("p", text)));

    /// <summary>Binds one JSON value, as the field of an object body, to a body parameter.</summary>
    public static BindResult BindBodyJson(ParamType type, string json) =>
        Of(Body("p", type)).Bind(Inputs.Json($$"""{"p": {{json}}}"""));
}
