#!/usr/bin/env bash
# Runs the grader's JMH benchmarks (grader/src/test/java/org/rapport/grader/bench) and writes the JMH report
# to grader/target/jmh-result.txt. Usage: tools/benchmark-grader.sh [JMH options, e.g. a benchmark regex]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME_21_PLUS:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -pl grader -am test-compile -DskipTests
./mvnw -q -pl grader dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd grader
# taskset pins the run to one core: the throughput figure is "on one core".
exec taskset -c 0 "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main -rf text -rff target/jmh-result.txt "$@"
