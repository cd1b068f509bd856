#!/usr/bin/env bash
# Builds an AppCDS archive (class data sharing for the application's classes) for pystrade.jar, so that a JVM
# started with -XX:SharedArchiveFile=FILE maps the pre-parsed classes instead of loading and verifying them from
# the jar. It is an optional start-up optimisation only: results are identical with or without it.
#
# usage: scripts/appcds.sh [DATA_DIR] [ARCHIVE]
#   DATA_DIR defaults to sample-data; ARCHIVE to pystrade-examples/target/pystrade.jsa
# then:  java -XX:SharedArchiveFile=pystrade-examples/target/pystrade.jsa -jar pystrade-examples/target/pystrade.jar ...
# Rebuild the archive whenever the jar changes (the JVM ignores, with a warning, an archive of another jar).
set -euo pipefail
DATA=${1:-sample-data}
ARCHIVE=${2:-pystrade-examples/target/pystrade.jsa}
JAR=${JAR:-pystrade-examples/target/pystrade.jar}
# a training run that exercises loading, every stage, the P&L and the statistics
java -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" bench --data "$DATA" --instruments 6 > /dev/null
echo "wrote $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1)); use: java -XX:SharedArchiveFile=$ARCHIVE -jar $JAR ..."
