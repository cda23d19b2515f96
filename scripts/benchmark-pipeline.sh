#!/usr/bin/env bash
# Pipeline benchmark: starts the stack as ./run-local.sh does (a real Kafka broker and PostgreSQL, the three
# services), uploads N synthetic reports for N distinct real townships (single uploads from 24 clients, then ZIP
# batches, then single uploads at half the measured rate), waits until every upload is counted in the rollups,
# relays records of the same sizes through 3 hops of the same broker, and prints the figures. Last line:
#   pipeline R reports/s = P% of bare relay M records/s; p99 upload→rollup X s
#
#   scripts/benchmark-pipeline.sh [N] [--instances 2] [--clients 24] [--batch-size 100] [--warmup 1000]
#                                 [--jfr] [--keep-data] [--no-build]
#
# N defaults to 2000. First, --warmup reports (default 1000) go through unmeasured, so that the JIT compilers have
# done their work. --jfr records every service and the broker's JVM with Java Flight Recorder from the end of the
# warm-up to the end of the run; recordings, logs and (with --keep-data) the data stay in .local/benchmark/<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/local-stack.sh

build=true
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=false ;;
    --help|-h) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$a") ;;
  esac
done
if $build; then
  echo "Building (tests skipped) …"
  build_modules
fi
mkdir -p .local/benchmark
run_local_stack 1g bench.PipelineBenchmark "${args[@]}"
