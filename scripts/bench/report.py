"""Turns the rows scripts/bench.sh recorded into one markdown table: medians over the rounds,
ratios ours/peer and ours/limit, and whether each target of issue 6 is met.

Input: rows.tsv with columns server, round, scenario, WRKJSON payload, RSS KiB, cold start s,
server CPU clock ticks (1/100 s) during the measured run.
"""

import json
import statistics
import sys

SERVERS = ("ours", "peer", "limit")
SCENARIOS = ("echo", "echo_inline", "echo_async", "dashboard", "layout", "index")
# Our twins of `echo`, which the peer and the limit do not have: compared with their `echo`.
TWINS = ("echo_inline", "echo_async")
LABELS = {
    "echo": "`echo`",
    "echo_inline": "`echo` with `callback_inline` (ours only; vs their `echo`)",
    "echo_async": "`echo` as `async fn` (ours only; vs their `echo`)",
    "dashboard": "`dashboard`",
    "layout": "`GET /_dash-layout`",
    "index": "`GET /`",
}
# (minimum ours/peer, minimum ours/limit) in req/s.
THROUGHPUT_TARGETS = {
    "echo": (25, 0.70),
    "echo_inline": (25, 0.70),
    "echo_async": (25, 0.70),
    "dashboard": (20, None),
    "layout": (30, None),
    "index": (30, None),
}
ERROR_KEYS = ("err_connect", "err_read", "err_write", "err_status", "err_timeout")


def load(path):
    rows = []
    for line in open(path):
        if not line.strip():
            continue
        server, rnd, scenario, payload, rss, cold, ticks = line.rstrip("\n").split("\t")
        wrk = json.loads(payload) if payload.strip() else {}
        requests = wrk.get("requests", 0)
        rows.append(
            {
                "server": server,
                "round": rnd,
                "scenario": scenario,
                "rps": wrk.get("rps", 0.0),
                "p50": wrk.get("p50_ms", 0.0),
                "p99": wrk.get("p99_ms", 0.0),
                "errors": sum(wrk.get(k, 0) for k in ERROR_KEYS),
                "rss_mib": int(rss) / 1024,
                "cold_ms": float(cold) * 1000,
                "cpu_us": int(ticks) * 10_000 / requests if requests else float("nan"),
            }
        )
    return rows


def median(values):
    return statistics.median(values) if values else float("nan")


def fmt(x, digits=0):
    if x != x:  # NaN: not measured
        return "–"
    return f"{x:,.{digits}f}"


def ratio(a, b):
    return a / b if b else float("nan")


def verdict(ok):
    return "met" if ok else "**missed**"


def main(path):
    rows = load(path)

    out = [
        "| measure | ours | peer | limit | ours/peer | ours/limit | target |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    # The peer and the limit have no twins of echo: compare with their echo.
    def theirs(server, scenario):
        return "echo" if scenario in TWINS and server != "ours" else scenario

    def pick(server, scenario, key):
        scenario = theirs(server, scenario)
        return [r[key] for r in rows if r["server"] == server and r["scenario"] == scenario]

    for scenario in SCENARIOS:
        rps = {s: median(pick(s, scenario, "rps")) for s in SERVERS}
        vs_peer, vs_limit = ratio(rps["ours"], rps["peer"]), ratio(rps["ours"], rps["limit"])
        peer_min, limit_min = THROUGHPUT_TARGETS[scenario]
        target = f"≥ {peer_min}× peer: {verdict(vs_peer >= peer_min)}"
        if limit_min is not None:
            target += f"; ≥ {limit_min:.0%} of limit: {verdict(vs_limit >= limit_min)}"
        label = LABELS[scenario]
        out.append(
            f"| {label} req/s | {fmt(rps['ours'])} | {fmt(rps['peer'])} | {fmt(rps['limit'])} "
            f"| {fmt(vs_peer, 1)}× | {fmt(vs_limit, 2)}× | {target} |"
        )
        lat = {
            s: f"{fmt(median(pick(s, scenario, 'p50')), 2)} / {fmt(median(pick(s, scenario, 'p99')), 2)}"
            for s in SERVERS
        }
        out.append(f"| {label} p50 / p99 ms | {lat['ours']} | {lat['peer']} | {lat['limit']} | | | |")
        errors = {s: sum(pick(s, scenario, "errors")) for s in SERVERS}
        if scenario in TWINS:
            errors = {s: errors[s] if s == "ours" else "" for s in SERVERS}
        cpu = {s: median(pick(s, scenario, "cpu_us")) for s in SERVERS}
        out.append(
            f"| {label} server CPU µs / request | {fmt(cpu['ours'], 1)} | {fmt(cpu['peer'], 1)} "
            f"| {fmt(cpu['limit'], 1)} | {fmt(ratio(cpu['ours'], cpu['peer']), 3)}× "
            f"| {fmt(ratio(cpu['ours'], cpu['limit']), 2)}× | (lower is better) |"
        )
        out.append(
            f"| {label} errors (all rounds) | {errors['ours']} | {errors['peer']} | {errors['limit']} | | | |"
        )

    # RSS after load: the largest sample of a round (after any scenario), median over rounds.
    def per_round(server, key, reduce):
        rounds = sorted({r["round"] for r in rows if r["server"] == server})
        return median(
            [reduce(r[key] for r in rows if r["server"] == server and r["round"] == n) for n in rounds]
        )

    rss = {s: per_round(s, "rss_mib", max) for s in SERVERS}
    vs_peer = ratio(rss["ours"], rss["peer"])
    out.append(
        f"| RSS after load MiB | {fmt(rss['ours'], 1)} | {fmt(rss['peer'], 1)} | {fmt(rss['limit'], 1)} "
        f"| {fmt(vs_peer, 3)}× | {fmt(ratio(rss['ours'], rss['limit']), 1)}× "
        f"| ≤ 1/10 of peer: {verdict(vs_peer <= 0.1)} |"
    )
    cold = {s: per_round(s, "cold_ms", max) for s in SERVERS}
    vs_peer = ratio(cold["ours"], cold["peer"])
    out.append(
        f"| cold start ms (launch → first 200) | {fmt(cold['ours'], 1)} | {fmt(cold['peer'], 1)} "
        f"| {fmt(cold['limit'], 1)} | {fmt(vs_peer, 3)}× | {fmt(ratio(cold['ours'], cold['limit']), 1)}× "
        f"| ≤ 1/20 of peer: {verdict(vs_peer <= 0.05)} |"
    )
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
