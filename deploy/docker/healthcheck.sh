#!/usr/bin/env bash
# Container health check for a Redress service: healthy when GET /q/health/ready answers 200.
# The JRE base image has no curl, so this speaks HTTP/1.0 over bash's /dev/tcp.
set -euo pipefail
port="${HTTP_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 5 status_line <&3
exec 3<&-
[[ "${status_line}" == HTTP/1.?" 200"* ]]
