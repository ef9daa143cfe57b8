#!/usr/bin/env bash
# One-shot topic set-up for the compose stack (runs in the apache/kafka image, which has bash and the Kafka CLI).
#
# Usage: create-topics.sh TOPIC[:KEY=VALUE[,KEY=VALUE...]]...
#   Creates every TOPIC that is missing with NEWSFLOW_PARTITIONS partitions (default 3) and replication factor
#   NEWSFLOW_REPLICATION_FACTOR (default 1), plus the topic-level configs after the colon. A topic that exists with
#   fewer partitions than NEWSFLOW_PARTITIONS is grown to that count (Kafka cannot shrink a topic: a larger
#   existing count is kept, with a warning). The configs after the colon apply when a topic is created; an existing
#   topic keeps its configs (change them with kafka-configs.sh). Idempotent: re-running it changes nothing unless
#   NEWSFLOW_PARTITIONS grew.
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

# Every kafka-topics.sh call starts a JVM (seconds in a container): list once, create what is missing, describe once.
existing=$("$topics_cli" --bootstrap-server "$bootstrap" --list)
declare -A wanted=()
for spec in "$@"; do
  topic=${spec%%:*}
  wanted[$topic]=1
  if grep -qxF -- "$topic" <<< "$existing"; then
    echo "create-topics: $topic exists"
    continue
  fi
  configs=()
  if [[ $spec == *:* ]]; then
    IFS=',' read -r -a pairs <<< "${spec#*:}"
    for pair in "${pairs[@]}"; do
      [[ -n $pair ]] && configs+=(--config "$pair")
    done
  fi
  "$topics_cli" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$replication" "${configs[@]}"
  echo "create-topics: $topic created (${configs[*]:-default configs})"
done

# Summary lines look like "Topic: NAME<TAB>TopicId: ...<TAB>PartitionCount: N<TAB>..."; partition lines have no count.
description=$("$topics_cli" --bootstrap-server "$bootstrap" --describe)
for topic in "${!wanted[@]}"; do
  current=$(grep -F "PartitionCount:" <<< "$description" | grep -F -- "Topic: $topic"$'\t' \
    | sed -n 's/.*PartitionCount:[[:space:]]*\([0-9][0-9]*\).*/\1/p' | head -n 1)
  if [[ -z $current ]]; then
    echo "create-topics: could not read the partition count of $topic" >&2
    exit 1
  elif (( current < partitions )); then
    echo "create-topics: $topic has $current partitions, growing it to $partitions"
    "$topics_cli" --bootstrap-server "$bootstrap" --alter --topic "$topic" --partitions "$partitions"
  elif (( current > partitions )); then
    echo "create-topics: warning: $topic has $current partitions, more than NEWSFLOW_PARTITIONS=$partitions; kept (Kafka cannot remove partitions)" >&2
  else
    echo "create-topics: $topic has $partitions partitions"
  fi
done
