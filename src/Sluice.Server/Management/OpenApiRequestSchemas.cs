using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sluice.Core.Parameters;
using Sluice.Server.Management.Apis;

namespace Sluice.Server.Management;

/// <summary>Makes the request schemas of the management OpenAPI document say what the server
/// checks: the values of enum-like fields (<see cref="EnumFields"/>), the fields a create really
/// requires (those marked <see cref="RequiredAttribute"/>, not every constructor parameter), and
/// the shape of <c>params</c> and <c>identifiers</c>, which requests carry as raw JSON so that
/// validation can name every problem at once.</summary>
internal sealed class OpenApiRequestSchemas : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var info = context.JsonTypeInfo;
        if (context.JsonPropertyInfo is not null || info.Type.Namespace?.StartsWith(typeof(ManagementApi).Namespace!, StringComparison.Ordinal) != true
            || schema.Properties is not { } properties)
        {
            return;
        }
        schema.Required = info.Properties
            .Where(property => property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: false) == true)
            .Select(property => property.Name)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (name, property) in properties)
        {
            if (EnumFields.Of(info.Type, name) is { } values && property is OpenApiSchema field)
            {
                field.Enum = [.. values.Select(value => (JsonNode)JsonValue.Create(value))];
            }
        }
        if (info.Type == typeof(ApiRequest) || info.Type == typeof(DebugRequest))
        {
            properties["params"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = await context.GetOrCreateSchemaAsync(typeof(ParamDefinition), cancellationToken: cancellationToken),
                Description = DescriptionOf(info, "params"),
            };
            properties["identifiers"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.String },
                Description = DescriptionOf(info, "identifiers"),
            };
        }
    }

    private static string? DescriptionOf(JsonTypeInfo info, string name) =>
        info.Properties.FirstOrDefault(property => property.Name == name)?.AttributeProvider?
            .GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
}
