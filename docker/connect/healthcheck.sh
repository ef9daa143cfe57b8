#!/usr/bin/env bash
# Healthy when the Connect REST API answers GET /connectors with 200 (the apache/kafka image has no curl:
# plain HTTP/1.0 over bash's /dev/tcp).
set -euo pipefail
port=${1:-8083}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /connectors HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 5 status <&3
[[ $status == HTTP/1.[01]\ 200* ]]
