namespace Sluice.Core.Parameters;

/// <summary>Shared boxes for the two booleans, so binding one allocates nothing.</summary>
internal static class BoxedBool
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Of(bool value) => value ? True : False;
}
