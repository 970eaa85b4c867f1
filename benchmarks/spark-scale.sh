#!/usr/bin/env bash
# Runs PanelScaleBenchmark (monthly scrapes merged and analysed on the local engine and on Spark local[2]) with Spark
# on the class path and the JVM flags Spark needs (kept once, in the root pom.xml). Not run by CI.
#   benchmarks/spark-scale.sh                       # 1, 2 and 5 million rows (writes ~1 GB of scrapes, takes long)
#   benchmarks/spark-scale.sh -p rows=1000000       # one size; any JMH option can be added
#   CROWDFUND_BENCHMARK=SplitReadBenchmark benchmarks/spark-scale.sh   # one large file read whole and in ranges
# The scrapes are written once per size into -Dcrowdfund.scale.dir (default: the temporary directory).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
java_bin=java
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_bin="$JAVA_HOME/bin/java"
(cd "$root" && mvn -o -q -pl benchmarks -am package -DskipTests >&2)
spark_jar=$(find "$root/spark/target" -maxdepth 1 -name 'crowdfund-spark-*.jar' ! -name '*-sources.jar' \
  ! -name '*-javadoc.jar' -print -quit)
spark_flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$root/pom.xml")
exec "$java_bin" -cp "$root/benchmarks/target/benchmarks.jar:$spark_jar:$(cat "$root/spark/target/runtime-classpath.txt")" \
  org.openjdk.jmh.Main "${CROWDFUND_BENCHMARK:-PanelScaleBenchmark}" \
  -jvmArgsAppend "$spark_flags -Dslf4j.provider=org.slf4j.nop.NOPServiceProvider -Dslf4j.internal.verbosity=WARN" \
  "$@"
