using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Macros;

/// <summary>A macro as a client writes it; on update, absent fields keep their value.</summary>
internal sealed record MacroRequest(
    [property: Description("The module whose APIs may include it; leave out for a global macro.")] long? ModuleId,
    [property: Required, Description("The name templates include it by ({% include 'name' %}).")] string? Name,
    [property: Description("Notes for people.")] string? Description,
    [property: Required, Description("The template fragment.")] string? Content);
