namespace Sluice.Core.Parameters;

/// <summary>What reading one parameter from a request found.</summary>
internal enum InputState
{
    /// <summary>Not given, or given blank for a non-string type.</summary>
    Absent,
    /// <summary>Given and read as the parameter's type.</summary>
    Present,
    /// <summary>Given but not readable as the parameter's type.</summary>
    Invalid,
}
