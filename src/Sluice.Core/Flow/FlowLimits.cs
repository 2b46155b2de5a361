namespace Sluice.Core.Flow;

/// <summary>What one request is limited by.</summary>
/// <param name="SlotKey">Who holds the concurrency slot (e.g. a client id; never a secret).</param>
/// <param name="MaxConcurrent">Slots per key; zero or less for unlimited (no lease).</param>
/// <param name="RateKey">Who the request counts against (never a secret).</param>
/// <param name="RatePerMinute">Requests per sliding minute; zero or less for unlimited (no decision).</param>
public readonly record struct FlowLimits(string SlotKey, int MaxConcurrent, string RateKey, int RatePerMinute);
