using Dapper;

namespace Sluice.Core.Storage;

/// <summary>Fluent additions to Dapper's parameter bag.</summary>
internal static class DynamicParametersExtensions
{
    public static DynamicParameters With(this DynamicParameters parameters, string name, object? value)
    {
        parameters.Add(name, value);
        return parameters;
    }
}
