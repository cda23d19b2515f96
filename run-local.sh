#!/usr/bin/env bash
# Runs the whole pipeline on this machine: a real Kafka broker and PostgreSQL (started by the project itself, no
# Docker), ingest-service (8081), validation-service (8082) and aggregation-service (8083). Feeds the sample
# reports unless --no-samples is given. Stays in the foreground; Ctrl-C stops everything.
#
#   ./run-local.sh [--no-samples] [--instances N] [--kafka-port N] [--postgres-port N]
#
# --instances 2 runs two instances of each service (the second on 8091-8093): they share the work by Kafka
# partitions (6 per topic) and the databases.
#
# Data and logs live in .local/ (delete it for a fresh start).
set -euo pipefail
cd "$(dirname "$0")"

if [[ " $* " == *" --help "* || " $* " == *" -h "* ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi

echo "Building (tests skipped; ./mvnw verify runs them) …"
./mvnw -q -B -DskipTests package

# Each service's JVM (README, "JVM settings"): a 256 MB heap, the serial collector, the C1 compiler only; measured
# at most ~450 MB resident under the benchmark's load. The launcher below hosts the Kafka broker.
export DISCLOSURE_SERVICE_JVM_OPTIONS="${DISCLOSURE_SERVICE_JVM_OPTIONS:--Xms64m -Xmx256m -XX:+UseSerialGC \
-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -Xss512k}"

version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
exec java -Xmx768m \
  -Djava.util.logging.config.file=local-stack/target/classes/local-stack-logging.properties \
  -cp "local-stack/target/local-stack-${version}.jar:local-stack/target/lib/*" \
  org.disclosurepipeline.localstack.pipeline.LocalPipelineMain "$@"
