#!/usr/bin/env bash
# Fuzz test of the intake: N hostile requests (default 3000) against single uploads, multipart uploads, batches and
# the dry run of a local pipeline (real Kafka and PostgreSQL on free ports), after the regression cases. Prints the
# counts by status code and by kind of input; exit 0 when there was no 5xx, no dropped connection, every refusal a
# problem+json 4xx naming the field and the reason, and every service was ready afterwards.
#   scripts/fuzz.sh [N] [--seed S]        (./mvnw verify runs a short version: HostileRequestsIT)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/local-stack.sh
build_modules local-stack,ingest-service,validation-service,aggregation-service
run_local_stack 512m fuzz.FuzzMain "$@"
