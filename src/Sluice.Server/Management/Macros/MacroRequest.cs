using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Macros;

/// <summary>A macro as a client writes it; on update, absent fields keep their value.</summary>
internal sealed record MacroRequest(
    [property: Description("The module whose APIs may use it; leave out for a global macro.")] long? ModuleId,
    [property: Required, Description("The name SQL templates include it by ({% include 'name' %}) or scripts import it from (import { f } from \"name\"); unique across languages.")] string? Name,
    [property: Description("sql (default): a SQL template fragment; javascript: a module of exported functions for script APIs. Chosen at creation; it cannot change.")] string? Language,
    [property: Description("Notes for people.")] string? Description,
    [property: Required, Description("The template fragment (sql) or the module source (javascript).")] string? Content);
