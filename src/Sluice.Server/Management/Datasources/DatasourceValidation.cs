using System.Text.Json;
using Sluice.Core.Datasources;

namespace Sluice.Server.Management.Datasources;

/// <summary>Merges a request onto the current datasource (or onto nothing, for a create)
/// and checks every field, reporting all problems at once.</summary>
internal static class DatasourceValidation
{
    public static DatasourceFields? Merge(DatasourceRequest request, DatasourceRecord? current, FieldErrors errors)
    {
        var name = request.Name?.Trim() ?? current?.Name;
        var productName = request.ProductType ?? current?.ProductType;
        var host = request.Host ?? current?.Host;
        var port = request.Port ?? current?.Port;
        var database = request.Database ?? current?.Database;
        var username = request.Username ?? current?.Username;
        var description = request.Description ?? current?.Description;

        errors.Require("name", name);
        errors.MaxLength("name", name, 100);
        errors.MaxLength("description", description, 2000);
        ProductType? product = null;
        if (errors.Require("product_type", productName))
        {
            product = ProductTypes.Parse(productName);
            if (product is null)
            {
                errors.Add("product_type", $"must be one of {string.Join(", ", ProductTypes.Names)}.");
            }
        }
        errors.Require("database", database);
        if (product?.IsServer() == true)
        {
            errors.Require("host", host);
        }
        if (port is < 1 or > 65535)
        {
            errors.Add("port", "must be from 1 to 65535.");
        }
        var options = request.Options is { } json ? Options(json, errors) : current?.Options;
        if (errors.Any)
        {
            return null;
        }
        return new DatasourceFields(name!, product!.Value, host, port, database!, username, request.Password, options, description,
            request.IsActive ?? current?.IsActive ?? true);
    }

    private static string? Options(JsonElement json, FieldErrors errors)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (json.ValueKind != JsonValueKind.Object || json.EnumerateObject().Any(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array))
        {
            errors.Add("options", "must be an object of driver settings with string, number or boolean values.");
            return null;
        }
        return json.GetRawText();
    }
}
