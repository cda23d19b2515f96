#!/usr/bin/env bash
# Runs the whole pipeline on this machine: a real Kafka broker and PostgreSQL (started by the project itself, no
# Docker), ingest-service (8081), validation-service (8082) and aggregation-service (8083). Feeds the sample
# reports unless --no-samples is given. Stays in the foreground; Ctrl-C stops everything.
#
#   ./run-local.sh [--no-samples] [--kafka-port N] [--postgres-port N]
#
# Data and logs live in .local/ (delete it for a fresh start).
set -euo pipefail
cd "$(dirname "$0")"

if [[ " $* " == *" --help "* || " $* " == *" -h "* ]]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi

echo "Building (tests skipped; ./mvnw verify runs them) …"
./mvnw -q -B -DskipTests package

version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -1)
exec java -Xmx768m \
  -Djava.util.logging.config.file=local-stack/target/classes/local-stack-logging.properties \
  -cp "local-stack/target/local-stack-${version}.jar:local-stack/target/lib/*" \
  org.disclosurepipeline.localstack.pipeline.LocalPipelineMain "$@"
