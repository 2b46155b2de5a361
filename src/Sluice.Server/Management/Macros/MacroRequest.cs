namespace Sluice.Server.Management.Macros;

/// <summary>A macro as a client writes it; on update, absent fields keep their value.</summary>
internal sealed record MacroRequest(long? ModuleId, string? Name, string? Description, string? Content);
