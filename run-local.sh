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

source scripts/lib/local-stack.sh
echo "Building (tests skipped; ./mvnw verify runs them) …"
build_modules
run_local_stack 768m pipeline.LocalPipelineMain "$@"
