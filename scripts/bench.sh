#!/usr/bin/env bash
# Benchmarks the multivariate-normal divergences of package metrics against
# gonum's stat/distmv on the same inputs (factorisations included on both
# sides) and prints a markdown table of ns/op and the ratio gonum/statcalc.
# Each benchmark runs COUNT times (default 3) and the fastest run is kept,
# which damps the noise of a shared machine.
#
# Then mc against plain gonum loops (see below).
#
# Usage: [MC_COUNT=5] scripts/bench.sh [COUNT] [BENCHTIME]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-3}
benchtime=${2:-200ms}
out=$(go test ./metrics -run '^$' -bench '^Benchmark(KL|Bhattacharyya|W2|KLNear|NewMVN)$' \
	-benchtime "$benchtime" -count "$count")
echo "$out" | awk '
/^Benchmark/ {
	# BenchmarkKL/d=10/statcalc-2   N   1234 ns/op
	split($1, part, "/")
	fn = substr(part[1], 10); d = substr(part[2], 3); impl = part[3]; sub(/-[0-9]+$/, "", impl)
	key = fn SUBSEP d
	if (!(key in seen)) { seen[key] = 1; order[++n] = key }
	v = $3 + 0
	if (!((key, impl) in best) || v < best[key, impl]) best[key, impl] = v
}
END {
	print "| function | d | gonum ns/op | statcalc ns/op | gonum/statcalc |"
	print "|---|---:|---:|---:|---:|"
	for (i = 1; i <= n; i++) {
		split(order[i], k, SUBSEP)
		g = best[order[i], "gonum"]; s = best[order[i], "statcalc"]
		printf "| %s | %s | %.3g | %.3g | %.2f |\n", k[1], k[2], g, s, g / s
	}
}'

# Monte Carlo: mc's KL estimate with 200000 draws beside the plain gonum
# loop (distuv or distmv: draw, two log-densities, a sum): the MEDIAN of
# MC_COUNT runs (default 5) of the wall time and of the CPU time (all
# threads), which a shared machine disturbs less.
mc_count=${MC_COUNT:-5}
out=$(go test ./mc -run '^$' -bench '^Benchmark(Normal1|Gamma|Exponential|Normal10)$' \
	-benchtime 10x -count "$mc_count")
echo
echo "$out" | awk '
/^Benchmark/ {
	# BenchmarkGamma/statcalc-2  10  1234 ns/op  567 cpu-ns/op ...
	split($1, part, "/")
	fn = substr(part[1], 10); impl = part[2]; sub(/-[0-9]+$/, "", impl)
	if (!(fn in seen)) { seen[fn] = 1; order[++n] = fn }
	k = ++cnt[fn, impl]; wall[fn, impl, k] = $3 + 0
	cpu[fn, impl, k] = ($6 == "cpu-ns/op") ? $5 + 0 : 0
}
function median(arr, fn, impl,   m, i, j, t, a) {
	m = cnt[fn, impl]
	for (i = 1; i <= m; i++) a[i] = arr[fn, impl, i]
	for (i = 2; i <= m; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
	return m % 2 ? a[(m+1)/2] : (a[m/2] + a[m/2+1]) / 2
}
END {
	print "| mc kl, 200000 draws | gonum loop ms | mc ms | gonum/mc wall | gonum/mc CPU |"
	print "|---|---:|---:|---:|---:|"
	for (i = 1; i <= n; i++) {
		f = order[i]
		g = median(wall, f, "gonum"); s = median(wall, f, "statcalc")
		gc = median(cpu, f, "gonum"); sc = median(cpu, f, "statcalc")
		printf "| %s | %.3g | %.3g | %.2f | %s |\n", f, g / 1e6, s / 1e6, g / s, (sc > 0 ? sprintf("%.2f", gc / sc) : "n/a")
	}
}'
