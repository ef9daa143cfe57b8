#!/bin/sh
# Runs the newsflow CLI inside a stock JRE image from the repository's build output, mounted read-only at
# $NEWSFLOW_HOME (default /opt/newsflow/app = the repository's app/ directory). Arguments are the CLI's:
# newsflow.sh stream split --bootstrap-servers ... (see 'newsflow --help').
set -eu
home=${NEWSFLOW_HOME:-/opt/newsflow/app}
jar=$home/target/newsflow-app.jar
lib=$home/target/lib
if [ ! -f "$jar" ] || [ ! -d "$lib" ]; then
  echo "newsflow: $jar or $lib is missing: build the application first with" >&2
  echo "newsflow:   mvn -B -DskipTests package   (in the repository root, before 'docker compose up')" >&2
  exit 78
fi
# JAVA_OPTS is split on spaces on purpose (several JVM options in one variable).
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -cp "$jar:$lib/*" io.newsflow.app.Main "$@"
