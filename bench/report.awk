# Summarises bench/run.sh's results file. Lines: "SCENARIO TARGET rps p50_us p99_us ROUND" for
# the wrk scenarios, "e TARGET rows_per_s rss_growth_mb seconds" for the export. Throughput and
# latency are means over the rounds; the ratio judged is the median of the rounds' own ratios
# (Sluice's req/s over the baseline's in the same round), shown with their min–max.
# Exits 3 when a target is missed (not in smoke mode).
function mean(key) { return n[key] ? sum[key] / n[key] : 0 }
# median(v, m): the median of v[1..m], which it sorts; sets lo and hi to their range.
function median(v, m,    i, j, t) {
    for (i = 2; i <= m; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    lo = v[1]; hi = v[m]
    return m % 2 ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
}
# median_ratio(s): the median of scenario s's per-round ratios; sets lo and hi to their range.
function median_ratio(s,    r, m, v) {
    m = 0
    for (r = 1; r <= maxround; r++) {
        if ((s " sluice " r) in rps && (s " baseline " r) in rps && rps[s " baseline " r] > 0) v[++m] = rps[s " sluice " r] / rps[s " baseline " r]
    }
    return median(v, m)
}
function judge(ok, text) {
    if (smoke) return
    printf "  %-4s %s\n", ok ? "met" : "MISS", text
    if (!ok) missed++
}
{
    key = $1 " " $2
    n[key]++
    if ($1 == "e") { sum[key] += $3; rss[key] = rss[key] > $4 ? rss[key] : $4 }
    else {
        sum[key] += $3; p50[key] += $4; p99[key] += $5
        rps[key " " $6] = $3; if ($6 > maxround) maxround = $6
    }
}
END {
    label["a"] = "a  one row by key, public"
    label["b"] = "b  private, token, limits, records"
    label["c"] = "c  as b, Redis limits"
    label["d"] = "d  100-row list"
    label["f"] = "f  script db.queryOne vs SQL API"
    label["p"] = "p  a vs baseline, Npgsql pool 100"
    target["a"] = 0.90; target["b"] = 0.85; target["c"] = 0.80; target["d"] = 0.95; target["f"] = 0.70
    printf "\n%-36s %10s %8s %8s   %10s %8s %8s   %7s %11s %7s\n", "scenario", "sluice/s", "p50 ms", "p99 ms", "bare/s", "p50 ms", "p99 ms",
        "req/s", "min-max", "p99"
    split("a b d c f p", order, " ")
    for (i = 1; i <= 6; i++) {
        s = order[i]; a = s " sluice"; b = s " baseline"
        if (!n[a] || !n[b]) continue
        ratio[s] = median_ratio(s); p99ratio[s] = p99[a] / n[a] / (p99[b] / n[b])
        sp99[s] = p99[a] / n[a] / 1000
        printf "%-36s %10.0f %8.2f %8.2f   %10.0f %8.2f %8.2f   %6.2fx %5.2f-%-5.2f %6.2fx\n", label[s],
            mean(a), p50[a] / n[a] / 1000, sp99[s], mean(b), p50[b] / n[b] / 1000, p99[b] / n[b] / 1000, ratio[s], lo, hi, p99ratio[s]
    }
    if (n["e sluice"]) {
        printf "\n%-36s %12s %16s\n", "e  NDJSON export", "rows/s", "RSS growth MB"
        printf "%-36s %12.0f %16d\n", "   sluice", mean("e sluice"), rss["e sluice"]
        printf "%-36s %12.0f %16d\n", "   baseline", mean("e baseline"), rss["e baseline"]
        printf "%-36s %12.0f %16s\n", "   psql \\copy", mean("e psql"), "-"
        eratio = mean("e sluice") / mean("e psql")
        printf "%-36s %11.2fx\n", "   sluice / psql", eratio
    }
    # Start-up: the median of the timed starts, with their min-max.
    nstarts = split(starts, times, " ")
    for (i = 1; i <= nstarts; i++) times[i] += 0
    startup = median(times, nstarts)
    printf "\nstart to first served gateway request: %d ms (median of %d starts, %d-%d)\n", startup, nstarts, lo, hi
    if (!smoke) {
        print "\ntargets"
        if ("a" in ratio) {
            judge(ratio["a"] >= target["a"], sprintf("a throughput >= %.2f of baseline: %.2f", target["a"], ratio["a"]))
            judge(p99ratio["a"] <= 1.3, sprintf("a p99 <= 1.3x baseline: %.2fx", p99ratio["a"]))
            judge(sp99["a"] <= 10, sprintf("a p99 <= 10 ms: %.2f ms", sp99["a"]))
        }
        split("b c d f", rest, " ")
        for (i = 1; i <= 4; i++) {
            s = rest[i]
            if (s in ratio) judge(ratio[s] >= target[s], sprintf("%s throughput >= %.2f of baseline: %.2f", s, target[s], ratio[s]))
        }
        if (n["e sluice"]) {
            judge(rss["e sluice"] < 100, sprintf("e RSS growth < 100 MB: %d MB", rss["e sluice"]))
            judge(eratio >= 0.5, sprintf("e speed >= 0.5x psql \\copy: %.2fx", eratio))
        }
        judge(startup < 1000, sprintf("start to first request < 1000 ms: %d ms", startup))
    }
    exit missed ? 3 : 0
}
