using Microsoft.Extensions.Time.Testing;
using Sluice.Core.Flow;

namespace Sluice.Tests.Flow;

public sealed class SeparateFlowLimiterTests
{
    private readonly LocalRateLimiter _rates = new(new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
    private readonly LocalConcurrencyLimiter _slots = new();

    private SeparateFlowLimiter Limiter => new(_rates, _slots);

    [Fact]
    public async Task AdmitAsync_BothFree_HoldsASlotAndCountsTheRequest()
    {
        var admission = await Limiter.AdmitAsync(new FlowLimits("client:a", 2, "client:a", 10), CancellationToken.None);

        Assert.False(admission.SlotRefused);
        Assert.NotNull(admission.Lease);
        Assert.Equal(new RateDecision(true, 10, 9, admission.Rate!.Value.ResetAt, TimeSpan.Zero), admission.Rate);
        await admission.Lease!.DisposeAsync();
    }

    [Fact]
    public async Task AdmitAsync_EverySlotHeld_RefusesWithoutCountingTheRequest()
    {
        var first = await Limiter.AdmitAsync(new FlowLimits("client:a", 1, "client:a", 10), CancellationToken.None);

        var refused = await Limiter.AdmitAsync(new FlowLimits("client:a", 1, "client:a", 10), CancellationToken.None);

        Assert.Equal(FlowAdmission.NoSlot, refused);
        await first.Lease!.DisposeAsync();
        var next = await Limiter.AdmitAsync(new FlowLimits("client:a", 1, "client:a", 10), CancellationToken.None);
        Assert.Equal(8, next.Rate!.Value.Remaining);
        await next.Lease!.DisposeAsync();
    }

    [Fact]
    public async Task AdmitAsync_RateSpent_RefusesAndGivesTheSlotBack()
    {
        var first = await Limiter.AdmitAsync(new FlowLimits("client:a", 1, "client:a", 1), CancellationToken.None);
        await first.Lease!.DisposeAsync();

        var refused = await Limiter.AdmitAsync(new FlowLimits("client:a", 1, "client:a", 1), CancellationToken.None);

        Assert.False(refused.SlotRefused);
        Assert.Null(refused.Lease);
        Assert.False(refused.Rate!.Value.Allowed);
        // The refused request's slot went back: another key's rate lets the same slot key in.
        var other = await Limiter.AdmitAsync(new FlowLimits("client:a", 1, "api:7:client:a", 1), CancellationToken.None);
        Assert.NotNull(other.Lease);
        await other.Lease!.DisposeAsync();
    }

    [Fact]
    public async Task AdmitAsync_NoLimits_AdmitsWithoutLeaseOrDecision()
    {
        var admission = await Limiter.AdmitAsync(new FlowLimits("client:a", 0, "client:a", 0), CancellationToken.None);

        Assert.Equal(new FlowAdmission(false, null, null), admission);
    }
}
