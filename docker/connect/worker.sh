#!/usr/bin/env bash
# Starts a Kafka Connect distributed worker (apache/kafka image) with the compose stack's settings.
#
#   worker.sh          render the worker properties, check the plugin directory, exec connect-distributed.sh
#   worker.sh --print  print the rendered properties and exit (used by the tests)
#
# Rendering: every non-comment line of $CONNECT_BASE_PROPERTIES (default: worker.properties next to this
# script), then every CONNECT_* environment variable as a property: prefix dropped, lower-cased, '_' -> '.',
# '__' -> '_', '___' -> '-' (the apache/kafka image's rule for KAFKA_* variables). A variable overrides the base
# line with the same key. Variables steering this script itself (CONNECT_BASE_PROPERTIES,
# CONNECT_PROPERTIES_FILE) are not rendered. KAFKA_HOME (default /opt/kafka) is where bin/connect-distributed.sh is.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
base=${CONNECT_BASE_PROPERTIES:-$here/worker.properties}
out=${CONNECT_PROPERTIES_FILE:-/tmp/connect-worker.properties}

property_name() {
  local k=${1,,}
  k=${k//___/-}
  k=${k//__/$'\x01'}
  k=${k//_/.}
  printf '%s' "${k//$'\x01'/_}"
}

render() {
  declare -A value=()
  local order=() line key var
  if [[ ! -r $base ]]; then
    echo "worker.sh: base properties $base not readable (set CONNECT_BASE_PROPERTIES)" >&2
    return 1
  fi
  while IFS= read -r line || [[ -n $line ]]; do
    line=${line%$'\r'}
    [[ $line =~ ^[[:space:]]*(#|!|$) ]] && continue
    key=${line%%=*}
    key=${key//[[:space:]]/}
    [[ -v "value[$key]" ]] || order+=("$key")
    value[$key]=${line#*=}
  done < "$base"
  while IFS= read -r var; do
    case $var in
      CONNECT_BASE_PROPERTIES | CONNECT_PROPERTIES_FILE) continue ;;
    esac
    key=$(property_name "${var#CONNECT_}")
    [[ -v "value[$key]" ]] || order+=("$key")
    value[$key]=${!var}
  done < <(compgen -e | grep '^CONNECT_' | sort)
  for key in "${order[@]}"; do
    printf '%s=%s\n' "$key" "${value[$key]}"
  done
}

if [[ ${1:-} == --print ]]; then
  render
  exit 0
fi

render > "$out"
plugin_path=$(sed -n 's/^plugin\.path=//p' "$out" | tail -n 1)
IFS=',' read -r -a plugin_dirs <<< "$plugin_path"
for dir in "${plugin_dirs[@]}"; do
  dir=${dir//[[:space:]]/}
  if [[ -z $(find "$dir" -mindepth 2 -maxdepth 3 -name '*.jar' 2>/dev/null | head -n 1) ]]; then
    echo "worker.sh: no connector plugin under plugin.path entry $dir." >&2
    echo "worker.sh: build it first: 'mvn -B -DskipTests package' in the repository root" \
         "(creates sink-connectors/target/newsflow-postgres-sink-plugin)." >&2
    exit 78
  fi
done
echo "worker.sh: starting Kafka Connect with $out:"
sed 's/^\(.*password[^=]*\)=.*/\1=[hidden]/' "$out"
exec "${KAFKA_HOME:-/opt/kafka}/bin/connect-distributed.sh" "$out"
