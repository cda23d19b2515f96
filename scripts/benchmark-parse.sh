#!/usr/bin/env bash
# Parse benchmark (one core): µs per synthetic report for each text layout. Usage: scripts/benchmark-parse.sh [reports] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package -pl report-core -am
exec taskset -c 0 java -XX:ActiveProcessorCount=1 -cp report-core/target/report-check.jar \
  org.disclosurepipeline.core.synthetic.ParseBenchmark "$@"
