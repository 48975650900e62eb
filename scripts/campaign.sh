#!/usr/bin/env bash
# Runs N random programs of the whole language (default 20000) through the
# statcalc binary, as TestCampaign does in short form, and reports every
# program that panics, hangs, exits with a status other than 0 or 1,
# prints invalid JSON Lines, a non-finite number, or a negative divergence
# or discrete entropy. Programs with findings are written to OUT (default
# campaign-out/) as seedN.sc, to be replayed with
#     statcalc --format json --timeout 1s OUT/seedN.sc
#
# Usage: scripts/campaign.sh [N] [FIRST_SEED] [OUT]
# Set ALL=1 to report the known patterns of cmd/statcalc/campaign_test.go too.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
seed=${2:-1}
out=${3:-campaign-out}
mkdir -p "$out"
all=false
if [ "${ALL:-0}" = 1 ]; then all=true; fi
go test ./cmd/statcalc -run '^TestCampaign$' -count 1 -timeout 0 -v \
	-campaign "$n" -campaign.seed "$seed" -campaign.out "$(cd "$out" && pwd)" -campaign.all="$all"
