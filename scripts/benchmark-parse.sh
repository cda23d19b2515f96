#!/usr/bin/env bash
# Parse benchmark on one core: CPU µs per report for each synthetic text layout, for the real reports in samples/
# and for the real published documents of report-core's tests (a PDF: read into text and parsed, then parsed alone).
#   scripts/benchmark-parse.sh [reports] [seconds] [files…]
#   (defaults: 2000 10 samples/*.txt report-core/src/test/resources/documents/*.pdf)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package -pl report-core -am
if [[ $# -eq 0 ]]; then
  set -- 2000 10 samples/*.txt report-core/src/test/resources/documents/*.pdf
fi
exec taskset -c 0 java -XX:ActiveProcessorCount=1 -cp report-core/target/report-check.jar \
  org.disclosurepipeline.core.synthetic.ParseBenchmark "$@"
