#!/usr/bin/env bash
# Speed benchmarks, each beside a baseline run in the same command, as
# markdown tables (the README's Speed section):
#
#   mvn        the multivariate-normal divergences of package metrics against
#              gonum's stat/distmv on the same inputs (factorisations included
#              on both sides), ns/op and the ratio gonum/statcalc
#   lines      a batch file whose covariances are written one row per line
#              (scripts/mvn_batch.py --rows) at d = 200, 400, 800: whole-process
#              time, which must grow like the file, not its square
#   literals   reading matrix literals (parser, and parser plus numbers in
#              calc) against a plain strconv loop over the same text, MB/s
#   process    KL of two 400-dimensional normals from literals, whole process:
#              statcalc against scripts/baseline/kl.go (strconv and gonum
#              only), seconds and peak memory
#   memory     the same at d = 200, 400, 800: peak resident memory of both
#              and statcalc's as a multiple of the input's size
#   precision  lgamma and digamma (x = 0.5001, 3.7, 10.5, 1e6) and two Beta
#              KLs at :precision 50 against mpmath's warm calls (python3
#              timeit), CPU µs per statement and the ratio mpmath/statcalc
#   idle       CPU of an idle interactive session over 10 s (tmux): at an
#              empty prompt and in the middle of a line
#   numroute   the numeric route: a cross-family KL to 15 digits (quadrature
#              alone, and whole statements at :digits 15 and :precision 40),
#              w2 with heavy tails, and the symbolic derivation of KL within
#              each declared family, µs per call (targets 5 ms, 100 ms,
#              10 ms)
#
# Each benchmark runs COUNT times (default 3) and the fastest run is kept,
# which damps the noise of a shared machine.
#
#   mc         mc's KL estimates beside plain gonum loops: medians of
#              MC_COUNT runs (default 5) of wall and CPU time
#
# Usage: [MC_COUNT=5] scripts/bench.sh [COUNT] [BENCHTIME] [SECTION...]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-3}
benchtime=${2:-200ms}
shift $(($# < 2 ? $# : 2))
sections=${*:-mvn lines literals process memory precision idle numroute mc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/statcalc" ./cmd/statcalc

# best NAME CMD...: the fastest of COUNT runs of CMD (wall and user+sys
# seconds) and the largest peak resident memory (MB).
best() {
	local name=$1
	shift
	local wall= cpu= rss=0 w c r
	for _ in $(seq "$count"); do
		/usr/bin/time -o "$tmp/time" -f '%e %U %S %M' "$@" >/dev/null 2>&1
		read -r w c r < <(tail -1 "$tmp/time" | awk '{ print $1, $2 + $3, $4 / 1024 }')
		[ -z "$wall" ] || awk -v a="$w" -v b="$wall" 'BEGIN { exit !(a < b) }' && wall=$w
		[ -z "$cpu" ] || awk -v a="$c" -v b="$cpu" 'BEGIN { exit !(a < b) }' && cpu=$c
		rss=$(awk -v a="$r" -v b="$rss" 'BEGIN { print (a > b ? a : b) }')
	done
	printf '| %s | %s | %s | %.0f |\n' "$name" "$wall" "$cpu" "$rss"
}

mvn() {
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
}

lines() {
	echo "| batch file (one covariance row per line) | size MB | wall s | cpu s | peak MB |"
	echo "|---|---:|---:|---:|---:|"
	for d in 200 400 800; do
		python3 scripts/mvn_batch.py "$d" --rows >"$tmp/rows$d.sc"
		size=$(awk -v b="$(wc -c <"$tmp/rows$d.sc")" 'BEGIN { printf "%.1f", b / 1e6 }')
		best "d = $d" "$tmp/statcalc" "$tmp/rows$d.sc" | sed "s/^| d = $d |/| d = $d | $size |/"
	done
}

literals() {
	out=$(go test ./parser -run '^$' -bench '^Benchmark(Parse|Strconv)Matrix500$' -benchtime "$benchtime" -count "$count"
		go test ./calc -run '^$' -bench '^BenchmarkMatrixLiteral500$' -benchtime "$benchtime" -count "$count")
	echo "| reading a 500×500 literal (3.2 MB) | best MB/s |"
	echo "|---|---:|"
	echo "$out" | awk '/^Benchmark/ {
		name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
		for (i = 1; i <= NF; i++) if ($(i + 1) == "MB/s" && $i + 0 > best[name]) best[name] = $i + 0
	}
	END {
		printf "| strconv loop (baseline) | %.0f |\n", best["StrconvMatrix500"]
		printf "| parser | %.0f |\n", best["ParseMatrix500"]
		printf "| parser and numbers (calc) | %.0f |\n", best["MatrixLiteral500"]
	}'
}

process() {
	python3 scripts/mvn_batch.py 400 >"$tmp/all400.sc"
	head -3 "$tmp/all400.sc" >"$tmp/kl400.sc"
	go build -o "$tmp/kl" scripts/baseline/kl.go
	size=$(awk -v b="$(wc -c <"$tmp/kl400.sc")" 'BEGIN { printf "%.1f", b / 1e6 }')
	echo "| KL of two 400-d normals from literals ($size MB) | wall s | cpu s | peak MB |"
	echo "|---|---:|---:|---:|"
	best "plain Go: strconv + gonum (baseline)" "$tmp/kl" "$tmp/kl400.sc"
	best "statcalc" "$tmp/statcalc" "$tmp/kl400.sc"
}

memory() {
	go build -o "$tmp/kl" scripts/baseline/kl.go
	echo "| KL of two d-dimensional normals from literals | input MB | baseline peak MB | statcalc peak MB | statcalc peak / input | baseline cpu s | statcalc cpu s |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	for d in 200 400 800; do
		python3 scripts/mvn_batch.py "$d" >"$tmp/all$d.sc"
		head -3 "$tmp/all$d.sc" >"$tmp/kl$d.sc"
		bytes=$(wc -c <"$tmp/kl$d.sc")
		base=$(best baseline "$tmp/kl" "$tmp/kl$d.sc")
		ours=$(best statcalc "$tmp/statcalc" "$tmp/kl$d.sc")
		# best prints | name | wall | cpu | peak MB |
		awk -v d="$d" -v b="$bytes" -v base="$base" -v ours="$ours" 'BEGIN {
			split(base, x, "|"); split(ours, y, "|")
			printf "| d = %d | %.1f | %.0f | %.0f | %.1f | %.2f | %.2f |\n", d, b / 1e6, x[5], y[5], y[5] * 1048576 / b, x[4], y[4]
		}'
	done
}

precision() {
	# CPU time on both sides (cpu-ns/op of the Go benchmark, process_time
	# in timeit), which a busy machine disturbs less than wall time.
	out=$(go test ./calc -run '^$' -bench '^BenchmarkPrecision50$' -benchtime "$benchtime" -count "$count")
	mp=$(python3 - <<'PY'
import time
import timeit
import mpmath
from mpmath import mpf, loggamma, digamma
mpmath.mp.dps = 50
def kl_beta(a1, b1, a2, b2):
    a1, b1, a2, b2 = map(mpf, (a1, b1, a2, b2))
    return (loggamma(a2) + loggamma(b2) - loggamma(a2 + b2) - loggamma(a1) - loggamma(b1) + loggamma(a1 + b1)
            + (a1 - a2) * digamma(a1) + (b1 - b2) * digamma(b1) + (a2 - a1 + b2 - b1) * digamma(a1 + b1))
cases = [("lgamma/x=" + x, "loggamma(mpf('%s'))" % x) for x in ("0.5001", "3.7", "10.5", "1e6")]
cases += [("digamma/x=" + x, "digamma(mpf('%s'))" % x) for x in ("0.5001", "3.7", "10.5", "1e6")]
cases += [("klBeta/2,3,4,5", "kl_beta(2, 3, 4, 5)"), ("klBeta/2.5,3.5,1.5,4", "kl_beta('2.5', '3.5', '1.5', 4)")]
for name, stmt in cases:
    eval(stmt)
    t = min(timeit.repeat(stmt, globals=globals(), number=200, repeat=5, timer=time.process_time))
    print(name, t / 200 * 1e6)
PY
)
	echo "| at :precision 50 | mpmath µs (warm, CPU) | statcalc µs (whole statement, CPU) | mpmath/statcalc |"
	echo "|---|---:|---:|---:|"
	{ echo "$mp"; echo "$out"; } | awk '
	/^Benchmark/ { n = substr($1, index($1, "/") + 1); sub(/-[0-9]+$/, "", n)
		v = ($6 == "cpu-ns/op" ? $5 : $3) / 1000
		if (!(n in sc)) order[++k] = n
		if (!(n in sc) || v < sc[n]) sc[n] = v; next }
	NF == 2 { mp[$1] = $2 }
	END { for (i = 1; i <= k; i++) { n = order[i]
		printf "| %s | %.1f | %.1f | %.2f |\n", n, mp[n], sc[n], mp[n] / sc[n] } }'
}

idle() {
	if ! command -v tmux >/dev/null; then
		echo "(idle: no tmux)"
		return
	fi
	sess=statcalc-idle-$$
	tmux new-session -d -s "$sess" -x 100 -y 30 "HOME=$tmp $tmp/statcalc"
	sleep 2
	pid=$(tmux list-panes -t "$sess" -F '#{pane_pid}')
	child=$(pgrep -P "$pid" | head -1 || true)
	pid=${child:-$pid}
	t0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
	sleep 10
	t1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
	tmux send-keys -t "$sess" -l 'kl(N(0,1), '
	sleep 1
	t2=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
	sleep 10
	t3=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
	tmux kill-session -t "$sess"
	echo "| idle interactive session | CPU ticks over 10 s | CPU |"
	echo "|---|---:|---:|"
	hz=$(getconf CLK_TCK)
	awk -v t="$((t1 - t0))" -v hz="$hz" 'BEGIN { printf "| at an empty prompt | %d | %.2f %% of a core |\n", t, t / hz / 10 * 100 }'
	awk -v t="$((t3 - t2))" -v hz="$hz" 'BEGIN { printf "| in the middle of a line (kl(N(0,1), typed) | %d | %.2f %% of a core |\n", t, t / hz / 10 * 100 }'
}

numroute() {
	out=$(go test ./metrics -run '^$' -bench '^BenchmarkKL(CrossFamily|ExponentialGamma)$' -benchtime "$benchtime" -count "$count"
		go test ./calc -run '^$' -bench '^Benchmark(NumericRoute|SymbolicKL)$' -benchtime "$benchtime" -count "$count")
	echo "| numeric route and symbolic KL | best µs/op |"
	echo "|---|---:|"
	echo "$out" | awk '/^Benchmark/ {
		name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
		v = $3 / 1000
		if (!(name in best)) order[++n] = name
		if (!(name in best) || v < best[name]) best[name] = v
	}
	END { for (i = 1; i <= n; i++) printf "| %s | %.1f |\n", order[i], best[order[i]] }'
}

mc() {
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
}

for section in $sections; do
	"$section"
	echo
done
