#!/usr/bin/env bash
# JMH benchmark of the parse and extract core per era: jobs/jmh.sh [JMH options, e.g. -p era=modern -f 1]
# Compiles src/jmh/java under the jmh profile (test scope, so the normal build never sees it) and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pjmh test-compile
mvn -B -q -Pjmh dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-cp.txt
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-cp.txt)" org.openjdk.jmh.Main "$@"
