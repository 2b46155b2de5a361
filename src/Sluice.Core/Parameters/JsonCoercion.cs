using System.Text.Json;

namespace Sluice.Core.Parameters;

/// <summary>Reads one JSON value (a body field, a whole array body, or a default) as a
/// parameter type. A JSON string is read exactly like text input, so <c>"42"</c> binds an
/// integer and <c>"2024-05-01"</c> a date; a JSON number or boolean binds a string parameter as
/// its JSON text; JSON null counts as absent.</summary>
internal static class JsonCoercion
{
    public static InputState Coerce(ParamType type, JsonElement element, out object? value)
    {
        value = null;
        var ok = false;
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return TextCoercion.Coerce(type, element.GetString()!, trimItems: false, out value);
            case JsonValueKind.Number when type == ParamType.String:
                (value, ok) = (element.GetRawText(), true);
                break;
            case JsonValueKind.Number when type == ParamType.Integer:
                if (element.TryGetInt64(out var integer))
                {
                    (value, ok) = (integer, true);
                }
                break;
            case JsonValueKind.Number when type == ParamType.Number:
                if (element.TryGetDecimal(out var number))
                {
                    (value, ok) = (number, true);
                }
                break;
            case JsonValueKind.True or JsonValueKind.False when type == ParamType.String:
                (value, ok) = (element.ValueKind == JsonValueKind.True ? "true" : "false", true);
                break;
            case JsonValueKind.True or JsonValueKind.False when type == ParamType.Boolean:
                (value, ok) = (BoxedBool.Of(element.ValueKind == JsonValueKind.True), true);
                break;
            case JsonValueKind.Array when type == ParamType.Array:
                ok = JsonValues.TryList(element, out value);
                break;
            case JsonValueKind.Object when type == ParamType.Object:
                ok = JsonValues.TryDictionary(element, out value);
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return InputState.Absent;
            default:
                break;
        }
        return ok ? InputState.Present : InputState.Invalid;
    }
}
