using System.Text.Json;
using Sluice.Core.Datasources;
using Sluice.Core.Macros;
using Sluice.Core.Parameters;
using Sluice.Core.Permissions;
using Sluice.Server.Gateway;
using Sluice.Server.Management.Apis;
using Sluice.Server.Management.Datasources;
using Sluice.Server.Management.Macros;
using Sluice.Server.Management.Roles;

namespace Sluice.Server.Management;

/// <summary>The request fields that take one of a fixed set of values, and those values. One
/// list serves both validation (a bad value answers 400 listing them, see
/// <see cref="FieldErrors.OneOf"/>) and the enums of the OpenAPI document.</summary>
internal static class EnumFields
{
    public static readonly IReadOnlyList<string> ExecuteEngines = ["sql", "script"];
    public static readonly IReadOnlyList<string> AccessTypes = ["public", "private"];
    public static readonly IReadOnlyList<string> ResourceTypes = [.. Enum.GetValues<ResourceType>().Select(resource => resource.Name())];
    public static readonly IReadOnlyList<string> Actions = [.. Enum.GetValues<PermissionAction>().Select(action => action.Name())];

    private static readonly Dictionary<(Type Request, string Field), IReadOnlyList<string>> ByField = new()
    {
        [(typeof(ApiRequest), "http_method")] = ApiRoutes.Methods,
        [(typeof(ApiRequest), "execute_engine")] = ExecuteEngines,
        [(typeof(ApiRequest), "access_type")] = AccessTypes,
        [(typeof(DebugRequest), "execute_engine")] = ExecuteEngines,
        [(typeof(DatasourceRequest), "product_type")] = ProductTypes.Names,
        [(typeof(MacroRequest), "language")] = MacroLanguage.All,
        [(typeof(MacroResponse), "language")] = MacroLanguage.All,
        [(typeof(PermissionBody), "resource_type")] = ResourceTypes,
        [(typeof(PermissionBody), "action")] = Actions,
    };

    /// <summary>The values of a string field of a request type, or null when it takes any string.</summary>
    public static IReadOnlyList<string>? Of(Type requestType, string field) => ByField.GetValueOrDefault((requestType, field));

    /// <summary>The wire names of an enum, as JSON reads and writes them (snake_case, such as the
    /// <see cref="ParamLocation"/> values <c>query, path, header, body</c>).</summary>
    public static IReadOnlyList<string> NamesOf(Type enumType) => [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)];
}
