#!/usr/bin/env bash
# One-shot topic set-up for the compose stack (runs in the apache/kafka image, which has bash and the Kafka CLI).
#
# Usage: create-topics.sh TOPIC[:KEY=VALUE[,KEY=VALUE...]]...
#   Creates every TOPIC that is missing with NEWSFLOW_PARTITIONS partitions (default 3) and replication factor
#   NEWSFLOW_REPLICATION_FACTOR (default 1), plus the topic-level configs after the colon. A topic that exists with
#   fewer partitions than NEWSFLOW_PARTITIONS is grown to that count (Kafka cannot shrink a topic: a larger
#   existing count is kept, with a warning). Idempotent: re-running it changes nothing unless the count grew.
set -euo pipefail

bootstrap=${NEWSFLOW_BOOTSTRAP_SERVERS:-kafka:19092}
partitions=${NEWSFLOW_PARTITIONS:-3}
replication=${NEWSFLOW_REPLICATION_FACTOR:-1}
topics_cli=${KAFKA_TOPICS_CLI:-/opt/kafka/bin/kafka-topics.sh}

if ! [[ $partitions =~ ^[1-9][0-9]*$ ]]; then
  echo "create-topics: NEWSFLOW_PARTITIONS must be a positive number, got '$partitions'" >&2
  exit 2
fi
if ! [[ $replication =~ ^[1-9][0-9]*$ ]]; then
  echo "create-topics: NEWSFLOW_REPLICATION_FACTOR must be a positive number, got '$replication'" >&2
  exit 2
fi
if [[ $# -eq 0 ]]; then
  echo "create-topics: no topics given (usage: create-topics.sh TOPIC[:KEY=VALUE,...]...)" >&2
  exit 2
fi

for spec in "$@"; do
  topic=${spec%%:*}
  configs=()
  if [[ $spec == *:* ]]; then
    IFS=',' read -r -a pairs <<< "${spec#*:}"
    for pair in "${pairs[@]}"; do
      [[ -n $pair ]] && configs+=(--config "$pair")
    done
  fi
  "$topics_cli" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$replication" "${configs[@]}"
  current=$("$topics_cli" --bootstrap-server "$bootstrap" --describe --topic "$topic" \
    | sed -n 's/.*PartitionCount:[[:space:]]*\([0-9][0-9]*\).*/\1/p' | head -n 1)
  if [[ -z $current ]]; then
    echo "create-topics: could not read the partition count of $topic" >&2
    exit 1
  elif (( current < partitions )); then
    echo "create-topics: $topic has $current partitions, growing it to $partitions"
    "$topics_cli" --bootstrap-server "$bootstrap" --alter --topic "$topic" --partitions "$partitions"
  elif (( current > partitions )); then
    echo "create-topics: warning: $topic has $current partitions, more than NEWSFLOW_PARTITIONS=$partitions; kept (Kafka cannot remove partitions)" >&2
  fi
  echo "create-topics: $topic ready (${configs[*]:-default configs})"
done
