using System.Text.Json;
using System.Text.Json.Serialization;
using Sluice.Core.Parameters;

namespace Sluice.Core.Apis;

/// <summary>Serialization code for the JSON columns every snapshot reads, generated at build
/// time: the reflection serializer builds (and JIT-compiles) this metadata at first use, which
/// cost start-up about 50 ms before the first API could be served. Same names as
/// <see cref="ApiJson.Options"/>; enum values come from its converter.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<ParamDefinition>))]
[JsonSerializable(typeof(List<ParamDefinition?>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<ApiTestCase>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
