#!/usr/bin/env bash
# Parse benchmark on one core: CPU µs per report for each synthetic text layout and for the real reports in samples/.
#   scripts/benchmark-parse.sh [reports] [seconds] [files…]     (defaults: 2000 10 samples/*.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package -pl report-core -am
if [[ $# -eq 0 ]]; then
  set -- 2000 10 samples/*.txt
fi
exec taskset -c 0 java -XX:ActiveProcessorCount=1 -cp report-core/target/report-check.jar \
  org.disclosurepipeline.core.synthetic.ParseBenchmark "$@"
