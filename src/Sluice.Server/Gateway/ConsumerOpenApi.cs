using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Sluice.Core.Apis;
using Sluice.Core.Parameters;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Gateway;

/// <summary>The OpenAPI 3 document of every published API, for the teams that call them: paths,
/// methods, parameters with their types and rules, and the response envelope. Built once per
/// snapshot.</summary>
internal static class ConsumerOpenApi
{
    private static readonly ConditionalWeakTable<GatewaySnapshot, string> Cache = [];

    public static string Document(GatewaySnapshot snapshot) => Cache.GetValue(snapshot, Build);

    private static string Build(GatewaySnapshot snapshot)
    {
        var paths = new JsonObject();
        foreach (var model in snapshot.Apis.OrderBy(m => m.Api.Path, StringComparer.Ordinal))
        {
            var key = RouteLayout.ApiRoute(model.Api.Path);
            if (paths[key] is not JsonObject item)
            {
                paths[key] = item = new JsonObject();
            }
            item[model.Method.ToLowerInvariant()] = Operation(model);
        }
        var document = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "Sluice published APIs",
                ["version"] = snapshot.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["description"] = "Every API published on this Sluice server. Private APIs need Authorization: Bearer <token> from POST /api/token/generate.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = new JsonObject { ["Envelope"] = Envelope(), ["Error"] = Error() },
                ["securitySchemes"] = new JsonObject { ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" } },
            },
        };
        return document.ToJsonString();
    }

    private static JsonObject Operation(ApiModel model)
    {
        var definitions = ApiJson.Params(model.Version.Params);
        var parameters = new JsonArray();
        var bodyProperties = new JsonObject();
        var bodyRequired = new JsonArray();
        foreach (var definition in definitions)
        {
            if (definition.Location == ParamLocation.Body)
            {
                bodyProperties[definition.Name] = Schema(definition);
                if (definition.IsRequired && definition.DefaultValue is null)
                {
                    bodyRequired.Add(definition.Name);
                }
                continue;
            }
            parameters.Add(WithOptional(new JsonObject
            {
                ["name"] = definition.Location == ParamLocation.Header ? ParamName.Header(definition.Name) : definition.Name,
                ["in"] = definition.Location.ToString().ToLowerInvariant(),
                ["required"] = definition.Location == ParamLocation.Path || (definition.IsRequired && definition.DefaultValue is null),
                ["schema"] = Schema(definition),
            }, "description", definition.Description));
        }
        if (model.Api.Pagination)
        {
            parameters.Add(Query("page", "integer", "1-based page number."));
            parameters.Add(Query("page_size", "integer", "Rows per page."));
            parameters.Add(Query("count", "string", "exact: also return the total row count."));
        }
        var operation = WithOptional(new JsonObject
        {
            ["operationId"] = $"api{model.Api.Id}",
            ["summary"] = model.Api.Name,
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = Rows(model),
                ["400"] = Response("Invalid parameters, or the query failed.", "Error"),
                ["401"] = Response("A private API without a valid token.", "Error"),
                ["403"] = Response("The client is not granted this API.", "Error"),
                ["429"] = Response("Rate limit reached; see Retry-After.", "Error"),
                ["503"] = Response("Concurrency limit reached or datasource unavailable.", "Error"),
                ["504"] = Response("The query exceeded its time limit.", "Error"),
            },
        }, "description", model.Api.Description);
        if (bodyProperties.Count > 0)
        {
            operation["requestBody"] = new JsonObject
            {
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject
                    {
                        // OpenAPI 3.0 refuses an empty required list.
                        ["schema"] = WithOptional(new JsonObject { ["type"] = "object", ["properties"] = bodyProperties },
                            "required", bodyRequired.Count > 0 ? bodyRequired : null),
                    },
                },
            };
        }
        if (!model.IsPublic)
        {
            operation["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() });
        }
        return operation;
    }

    private static JsonObject Schema(ParamDefinition definition)
    {
        var schema = definition.DataType switch
        {
            ParamType.Integer => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
            ParamType.Number => new JsonObject { ["type"] = "number" },
            ParamType.Boolean => new JsonObject { ["type"] = "boolean" },
            ParamType.Array => new JsonObject { ["type"] = "array", ["items"] = new JsonObject() },
            ParamType.Object => new JsonObject { ["type"] = "object" },
            ParamType.Date => new JsonObject { ["type"] = "string", ["format"] = "date" },
            ParamType.Datetime => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            _ => new JsonObject { ["type"] = "string" },
        };
        if (definition.Pattern is not null)
        {
            schema["pattern"] = definition.Pattern;
        }
        if (definition.Minimum is { } minimum)
        {
            schema["minimum"] = minimum;
        }
        if (definition.Maximum is { } maximum)
        {
            schema["maximum"] = maximum;
        }
        var isArray = definition.DataType == ParamType.Array;
        if (definition.MinLength is { } minLength)
        {
            schema[isArray ? "minItems" : "minLength"] = minLength;
        }
        if (definition.MaxLength is { } maxLength)
        {
            schema[isArray ? "maxItems" : "maxLength"] = maxLength;
        }
        if (definition.Enum is { Count: > 0 } values)
        {
            schema["enum"] = new JsonArray(values.Select(value => JsonNode.Parse(value.GetRawText())).ToArray());
        }
        if (definition.DefaultValue is { } fallback)
        {
            schema["default"] = JsonNode.Parse(fallback.GetRawText());
        }
        return schema;
    }

    /// <summary>Adds a field only when it has a value: OpenAPI has no use for a <c>null</c> description.</summary>
    private static JsonObject WithOptional(JsonObject node, string name, JsonNode? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
        return node;
    }

    // The envelope; when the SQL check stored the version's result columns, each row's properties too.
    private static JsonObject Rows(ApiModel model)
    {
        const string description = "Rows in the envelope (also text/csv or application/x-ndjson by Accept).";
        if (ColumnSchema.Parse(model.Version.ResultColumns) is not { Count: > 0 } columns)
        {
            return Response(description, "Envelope");
        }
        var properties = new JsonObject();
        foreach (var column in columns)
        {
            var property = new JsonObject();
            if (column.JsonType is { } type)
            {
                property["type"] = type;
            }
            if (column.Format is { } format)
            {
                property["format"] = format;
            }
            if (column.Nullable != false)
            {
                property["nullable"] = true;
            }
            property["description"] = "Database type: " + (column.Type.Length == 0 ? "unknown" : column.Type);
            properties[column.Name] = property;
        }
        var rows = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["data"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object", ["properties"] = properties } },
            },
        };
        return new JsonObject
        {
            ["description"] = description,
            ["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject
                {
                    ["schema"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/Envelope" }, rows) },
                },
            },
        };
    }

    private static JsonObject Query(string name, string type, string description) => new()
    {
        ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = new JsonObject { ["type"] = type },
    };

    private static JsonObject Response(string description, string schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/" + schema } } },
    };

    private static JsonObject Envelope() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["success"] = new JsonObject { ["type"] = "boolean" },
            ["message"] = new JsonObject { ["type"] = "string", ["nullable"] = true },
            ["data"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } },
            ["truncated"] = new JsonObject { ["type"] = "boolean", ["description"] = "Present and true when GATEWAY_MAX_RESPONSE_ROWS cut the rows." },
            ["total"] = new JsonObject { ["type"] = "integer", ["description"] = "With ?count=exact on a paginated API." },
        },
    };

    private static JsonObject Error() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["success"] = new JsonObject { ["type"] = "boolean", ["enum"] = new JsonArray(false) },
            ["message"] = new JsonObject { ["type"] = "string" },
            ["data"] = new JsonObject { ["type"] = "array", ["maxItems"] = 0 },
        },
    };
}
