using Microsoft.AspNetCore.Http;
using Sluice.Core.Versions;

namespace Sluice.Server.Management.Versions;

/// <summary>Answers <c>GET .../versions/{from}/diff/{to}</c> for anything versioned.</summary>
internal static class VersionDiff
{
    /// <summary>The diff between the sides the route names. <paramref name="load"/> gives a
    /// side's label and text, or null for an unknown version.</summary>
    public static async Task<IResult> AnswerAsync(string from, string to, Func<VersionRef, Task<(string Label, string Text)?>> load,
        Func<long, IResult> versionNotFound, Func<string, string?>? hunkHeading = null)
    {
        var errors = new FieldErrors();
        var (oldRef, newRef) = (VersionRef.Parse("from", from, errors), VersionRef.Parse("to", to, errors));
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await load(oldRef!.Value) is not { } oldSide)
        {
            return versionNotFound(oldRef.Value.VersionId!.Value);
        }
        if (await load(newRef!.Value) is not { } newSide)
        {
            return versionNotFound(newRef.Value.VersionId!.Value);
        }
        return TypedResults.Ok(new DiffResponse(UnifiedDiff.Create(oldSide.Text, newSide.Text, oldSide.Label, newSide.Label, hunkHeading: hunkHeading)));
    }
}
