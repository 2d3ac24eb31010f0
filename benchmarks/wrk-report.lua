-- wrk's summary as one tab-separated line for benchmarks/run.sh:
-- requests/s, p50 ms, p95 ms, p99 ms, errors (non-2xx/3xx answers, timeouts, broken connections), requests.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT\t%.0f\t%.1f\t%.1f\t%.1f\t%d\t%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout, summary.requests))
end
