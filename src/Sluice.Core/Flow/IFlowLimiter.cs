namespace Sluice.Core.Flow;

/// <summary>Admits a request past its concurrency and rate limits together. A refusal by either
/// takes nothing from the other: a request refused a slot is not counted against the rate, and
/// one refused by the rate holds no slot.</summary>
public interface IFlowLimiter
{
    /// <summary>Takes the request's slot and counts it against its rate, or refuses it.</summary>
    /// <param name="limits">The keys and limits; a limit of zero or less is not applied.</param>
    /// <param name="cancellationToken">Stops waiting for a shared store.</param>
    ValueTask<FlowAdmission> AdmitAsync(FlowLimits limits, CancellationToken cancellationToken);
}
