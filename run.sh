#!/usr/bin/env bash
# Builds Shuzhi and starts it with the demo data on the embedded PostgreSQL (data kept under ./data).
# Extra arguments are passed to the application, e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"
echo "Building Shuzhi (first run downloads dependencies) ..."
mvn -q -B -ntp -DskipTests package
echo "Starting Shuzhi with demo data; the URL is printed when it is ready."
exec java -jar target/shuzhi.jar --shuzhi.demo.enabled=true "$@"
