using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Datasources;

/// <summary>Merges a request onto the current datasource (or onto nothing, for a create)
/// and checks every field, reporting all problems at once.</summary>
internal static class DatasourceValidation
{
    /// <summary>Merges and checks a request: a 403 when a non-superuser would make the
    /// datasource unrestricted, a 400 naming every invalid field, else null and the fields.</summary>
    public static IResult? Check(HttpContext http, DatasourceRequest request, DatasourceRecord? current, DatasourceFiles files, out DatasourceFields? fields)
    {
        var errors = new FieldErrors();
        fields = Merge(request, current, errors, files);
        if (fields is null)
        {
            return errors.ToProblem();
        }
        // Only a superuser opts a datasource out of the sandbox, or moves one that is out.
        var changesWhere = current is null || request.Database is not null || request.Options is not null || request.ProductType is not null;
        if (changesWhere && IsUnrestricted(fields.Options) && PermissionFilter.Of(http) is { IsSuperuser: false })
        {
            fields = null;
            return Problems.Status(StatusCodes.Status403Forbidden, "Forbidden",
                "Only a superuser may set options.unrestricted, or change the file or options of an unrestricted datasource.");
        }
        return null;
    }

    /// <summary>A 400 when a stored file datasource's path is refused now (moved roots, or a
    /// path saved before the check existed); null when it may be opened.</summary>
    public static IResult? FileProblem(ConnectionSpec spec, DatasourceFiles files)
    {
        if (FileError(spec, files) is not { } error)
        {
            return null;
        }
        var errors = new FieldErrors();
        errors.Add("database", error);
        return errors.ToProblem();
    }

    /// <summary>Why a file datasource's path may not be opened now, or null.</summary>
    public static string? FileError(ConnectionSpec spec, DatasourceFiles files)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Product.IsServer() ? null : files.Check(spec.Database, checkRoots: !spec.Unrestricted).Error;
    }

    public static DatasourceFields? Merge(DatasourceRequest request, DatasourceRecord? current, FieldErrors errors, DatasourceFiles files)
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
                errors.Add("product_type", FieldErrors.NotOneOf(productName!, ProductTypes.Names));
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
        // Renaming or deactivating keeps working for a file that later fell outside the roots.
        var movesFile = current is null || request.Database is not null || request.ProductType is not null || request.Options is not null;
        if (product is { } engine && !engine.IsServer() && !string.IsNullOrWhiteSpace(database))
        {
            // Checked on the path alone, before any driver opens (or creates) the file.
            if (movesFile && files.Check(database, checkRoots: !IsUnrestricted(options)) is { Error: { } error })
            {
                errors.Add("database", error);
            }
        }
        else if (IsUnrestricted(options))
        {
            errors.Add("options", "unrestricted applies only to sqlite and duckdb datasources.");
        }
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
        if (json.TryGetProperty(ConnectionSpec.UnrestrictedOption, out var unrestricted) && unrestricted.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add("options", "unrestricted must be true or false.");
            return null;
        }
        return json.GetRawText();
    }

    private static bool IsUnrestricted(string? options)
    {
        if (string.IsNullOrWhiteSpace(options))
        {
            return false;
        }
        using var document = JsonDocument.Parse(options);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.EnumerateObject().Any(p => p.NameEquals(ConnectionSpec.UnrestrictedOption) && p.Value.ValueKind == JsonValueKind.True);
    }
}
