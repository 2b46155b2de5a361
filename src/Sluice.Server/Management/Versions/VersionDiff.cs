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
        var oldSide = await load(oldRef!.Value);
        if (oldSide is not var (oldLabel, oldText))
        {
            return versionNotFound(oldRef.Value.VersionId!.Value);
        }
        var newSide = await load(newRef!.Value);
        if (newSide is not var (newLabel, newText))
        {
            return versionNotFound(newRef.Value.VersionId!.Value);
        }
        return TypedResults.Ok(new DiffResponse(UnifiedDiff.Create(oldText, newText, oldLabel, newLabel, hunkHeading: hunkHeading)));
    }
}
