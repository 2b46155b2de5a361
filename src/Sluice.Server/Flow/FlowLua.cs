namespace Sluice.Server.Flow;

/// <summary>The Lua of the shared limits, written once and assembled into three scripts: a
/// concurrency slot, a rate token, and both in one round trip. Every script reads Redis's clock,
/// so nodes with skewed clocks agree.</summary>
internal static class FlowLua
{
    // The time on Redis, in microseconds (us) and milliseconds (ms).
    private const string Clock = """
        local t = redis.call('TIME')
        local us = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local ms = math.floor(us / 1000)

        """;

    // Needs slots (key), max, lease (ms). Sets held; answers {0, held} when every slot is held.
    private const string SlotsCheck = """
        redis.call('ZREMRANGEBYSCORE', slots, '-inf', ms)
        local held = redis.call('ZCARD', slots)
        if held >= max then
          return {0, held}
        end

        """;

    // Needs slot (member). Takes the slot until ms + lease; the set outlives its last lease by a second.
    private const string SlotsTake = """
        redis.call('ZADD', slots, ms + lease, slot)
        if redis.call('PTTL', slots) < lease + 1000 then
          redis.call('PEXPIRE', slots, lease + 1000)
        end
        held = held + 1

        """;

    // Needs log (key), limit, window (us). Sets count and allowed.
    private const string RateCheck = """
        redis.call('ZREMRANGEBYSCORE', log, '-inf', us - window)
        local count = redis.call('ZCARD', log)
        local allowed = count < limit

        """;

    // Needs member. Counts the request.
    private const string RateTake = """
        redis.call('ZADD', log, us, member)
        redis.call('PEXPIRE', log, math.floor(window / 1000) + 1000)
        count = count + 1

        """;

    // Sets rate = {allowed, count, now, reset at, retry at} (times in us).
    private const string RateAnswer = """
        local oldest = redis.call('ZRANGE', log, 0, 0, 'WITHSCORES')
        local retry = 0
        if not allowed then
          local next = redis.call('ZRANGE', log, count - limit, count - limit, 'WITHSCORES')
          retry = tonumber(next[2]) + window
        end
        local rate = {allowed and 1 or 0, count, us, tonumber(oldest[2]) + window, retry}

        """;

    /// <summary>KEYS[1] the slots; ARGV max, lease (ms), slot id. Returns {taken, slots held}.</summary>
    public static readonly FlowScript Slot = new(Clock
        + "local slots, max, lease, slot = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]\n"
        + SlotsCheck + SlotsTake
        + "return {1, held}\n");

    /// <summary>KEYS[1] the log; ARGV limit, window (µs), node id, sequence. Returns {allowed, count, now, reset at, retry at} in µs.</summary>
    public static readonly FlowScript Rate = new(Clock
        + "local log, limit, window, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3] .. ':' .. ARGV[4]\n"
        + RateCheck
        + "if allowed then\n" + RateTake + "end\n"
        + RateAnswer
        + "return rate\n");

    /// <summary>KEYS[1] the slots, KEYS[2] the log; ARGV max, lease (ms), slot id, limit, window (µs).
    /// The slot id is also the log's member. Both limits are checked before either is taken.
    /// Returns {0, held} when every slot is held, else {1, held, allowed, count, now, reset at, retry at}.</summary>
    public static readonly FlowScript Admit = new(Clock
        + "local slots, max, lease, slot = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]\n"
        + "local log, limit, window, member = KEYS[2], tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[3]\n"
        + SlotsCheck + RateCheck
        + "if allowed then\n" + SlotsTake + RateTake + "end\n"
        + RateAnswer
        + "return {1, held, rate[1], rate[2], rate[3], rate[4], rate[5]}\n");
}
