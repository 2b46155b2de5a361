using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Modules;

/// <summary>A module as a client writes it; on update, absent fields keep their value.</summary>
internal sealed record ModuleRequest(
    [property: Required, Description("A unique name.")] string? Name,
    [property: Description("Notes for people.")] string? Description,
    [property: Description("Where the module sorts in lists.")] int? SortOrder,
    [property: Description("Whether the module is in use.")] bool? IsActive);
