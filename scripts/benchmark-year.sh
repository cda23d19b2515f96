#!/usr/bin/env bash
# Year benchmark: starts the stack as ./run-local.sh does, uploads N reports (ZIP batches) for N distinct real
# townships, then times: the rollup rebuild of the year (must change nothing), the rebuild after its rollups were
# damaged (must restore them), a re-validation of the year under a newer rules version (until aggregation holds every
# new verdict), and rebuilds of made-up larger years (facts copied in SQL), printing the aggregation service's peak
# RSS. Last line:
#   rebuild of a 40000-report year X s; re-validation R reports/s = P% of the pipeline's end-to-end rate E reports/s
#
#   scripts/benchmark-year.sh [N] [--made-up 40000,100000] [--no-build]
#
# N defaults to 20000 (about 5 minutes of uploads on 2 cores). Logs stay in .local/benchmark/year-<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/local-stack.sh

build=true
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=false ;;
    --help|-h) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$a") ;;
  esac
done
if $build; then
  echo "Building (tests skipped) …"
  build_modules
fi
mkdir -p .local/benchmark
run_local_stack 1g bench.YearBenchmark "${args[@]}"
