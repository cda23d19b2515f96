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
  ./mvnw -q -B -DskipTests package
fi
mkdir -p .local/benchmark
# the services' JVM options, as ./run-local.sh sets them (README, "JVM settings")
export DISCLOSURE_SERVICE_JVM_OPTIONS="${DISCLOSURE_SERVICE_JVM_OPTIONS:--Xms64m -Xmx256m -XX:+UseSerialGC \
-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -Xss512k}"
version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
exec java -Xmx1g \
  -Djava.util.logging.config.file=local-stack/target/classes/local-stack-logging.properties \
  -cp "local-stack/target/local-stack-${version}.jar:local-stack/target/lib/*" \
  org.disclosurepipeline.localstack.bench.PipelineBenchmark "${args[@]}"
