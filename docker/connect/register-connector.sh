#!/bin/sh
# One-shot registration of the PostgreSQL sink with the Connect REST API (runs in the curlimages/curl image:
# busybox sh, awk, curl).
#
#   register-connector.sh          wait for the plugin, validate, create or update the connector, wait until RUNNING
#   register-connector.sh --print  print the rendered connector config and exit (used by the tests)
#
# The config is $CONNECTOR_CONFIG (default: postgres-sink.json next to this script) with every ${NAME} replaced by
# the JSON-escaped value of environment variable NAME; an unset variable is an error. PUT /connectors/NAME/config
# creates the connector or updates it, so re-running is safe.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
template=${CONNECTOR_CONFIG:-$here/postgres-sink.json}
connect=${CONNECT_URL:-http://connect:8083}
name=${CONNECTOR_NAME:-newsflow-postgres}
export CONNECTOR_NAME="$name" # the config names itself: Connect's validate endpoint requires "name"
class=io.newsflow.sink.postgres.PostgresSinkConnector
attempts=${CONNECT_WAIT_ATTEMPTS:-60}

render() {
  awk '
    function escape(s,    out, i, c) {
      out = ""
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "\\") out = out "\\\\"
        else if (c == "\"") out = out "\\\""
        else out = out c
      }
      return out
    }
    {
      line = $0
      out = ""
      while (match(line, /\$\{[A-Za-z_][A-Za-z0-9_]*\}/)) {
        var = substr(line, RSTART + 2, RLENGTH - 3)
        if (!(var in ENVIRON)) {
          print "register-connector: environment variable " var " is not set (used in " FILENAME ")" > "/dev/stderr"
          failed = 1
          exit 1
        }
        out = out substr(line, 1, RSTART - 1) escape(ENVIRON[var])
        line = substr(line, RSTART + RLENGTH)
      }
      print out line
    }
    END { if (failed) exit 1 }
  ' "$template"
}

if [ "${1:-}" = "--print" ]; then
  render
  exit 0
fi

config=$(render)

echo "register-connector: waiting for $connect to list $class"
i=0
until curl -fsS "$connect/connector-plugins" 2>/dev/null | grep -q "\"$class\""; do
  i=$((i + 1))
  if [ "$i" -ge "$attempts" ]; then
    echo "register-connector: $connect does not list $class after $attempts attempts." >&2
    echo "register-connector: is the plugin built ('mvn -B -DskipTests package') and on the worker's plugin.path?" >&2
    echo "register-connector: plugins the worker has: $(curl -fsS "$connect/connector-plugins" 2>&1 || true)" >&2
    exit 1
  fi
  sleep 2
done

echo "register-connector: validating the config"
validation=$(printf '%s' "$config" | curl -fsS -X PUT -H 'Content-Type: application/json' --data-binary @- \
  "$connect/connector-plugins/PostgresSinkConnector/config/validate")
if ! printf '%s' "$validation" | grep -q '"error_count":0'; then
  echo "register-connector: Connect rejected the config: $validation" >&2
  exit 1
fi

echo "register-connector: creating or updating connector $name"
printf '%s' "$config" | curl -fsS -X PUT -H 'Content-Type: application/json' --data-binary @- \
  "$connect/connectors/$name/config" > /dev/null

i=0
while :; do
  status=$(curl -fsS "$connect/connectors/$name/status" 2>/dev/null || true)
  case $status in
    *'"FAILED"'*)
      echo "register-connector: connector $name or one of its tasks FAILED: $status" >&2
      exit 1 ;;
    *'"tasks":[{'*)
      if ! printf '%s' "$status" | grep -Eq '"state":"(UNASSIGNED|PAUSED|RESTARTING|STOPPED)"'; then
        echo "register-connector: $name is RUNNING: $status"
        exit 0
      fi ;;
  esac
  i=$((i + 1))
  if [ "$i" -ge "$attempts" ]; then
    echo "register-connector: $name not RUNNING after $attempts attempts: $status" >&2
    exit 1
  fi
  sleep 2
done
