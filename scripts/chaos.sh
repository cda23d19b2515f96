#!/usr/bin/env bash
# Fault harness: the whole pipeline on free ports (a real Kafka broker, PostgreSQL with fsync and synchronous commit
# on, the three services), N uploads at a steady rate while ingest, validation and aggregation are each killed with
# kill -9 and restarted, the broker is restarted and PostgreSQL's postmaster is killed with kill -9 and restarted.
# Then an invariant checker reads every store and topic and prints, per fault and in all:
#   accepted A, verdicts V, lost L, counted twice D, stuck S, dead-lettered Q
# and the answers by status code; exit 0 when every 202 ended in exactly one verdict, counted once, nothing was
# dead-lettered and a rebuild repaired nothing.
#   scripts/chaos.sh [N] [--rate R] [--clients C] [--cycles K] [--down SECONDS] [--seed S]
# N defaults to 2000. ./mvnw verify runs a short version (ChaosIT in end-to-end-tests).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/local-stack.sh
build_modules local-stack,ingest-service,validation-service,aggregation-service
run_local_stack 768m chaos.ChaosMain "$@"
