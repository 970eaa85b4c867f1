#!/usr/bin/env bash
# Fuzzes one Jazzer target for a time budget, with coverage guidance:
#
#   .ci/fuzz.sh <module> <TestClass>#<method> [seconds, default 600]
#   .ci/fuzz.sh currency 'CurrencyParsersFuzzTest#fxRateParse' 1800
#   .ci/fuzz.sh list          (prints every target as "<module> <TestClass>#<method>")
#
# New interesting inputs are kept in <module>/.cifuzz-corpus/ (not committed); an input that breaks the contract
# is written next to the target's committed corpus, src/test/resources/<package>/<TestClass>Inputs/<method>/, and
# the run fails. Commit that file with the fix: from then on every `mvn verify` replays it.
#
# The budget is passed to libFuzzer as -max_total_time through Jazzer's JUnit configuration parameters
# (jazzer.internal.arg.N), which override the @FuzzTest(maxDuration) of the target.
set -euo pipefail

# Every fuzz target of the build, one per line: module and target.
targets() {
  cat <<'TARGETS'
currency CurrencyParsersFuzzTest#percentageParse
currency CurrencyParsersFuzzTest#fxRateParse
currency CurrencyParsersFuzzTest#currencyPairParse
currency CurrencyParsersFuzzTest#moneyBagParse
currency CurrencyParsersFuzzTest#fxRateTableReadCsv
markets MarketsLoadersFuzzTest#marketCatalogLoad
markets MarketsLoadersFuzzTest#platformLoad
outcomes DatasetReaderFuzzTest#datasetRead
json JsonReadersFuzzTest#eventRead
json JsonReadersFuzzTest#valueRead
TARGETS
}

if [ "${1:-}" = list ]; then
  targets
  exit 0
fi
if [ $# -lt 2 ]; then
  sed -n '2,13p' "$0" >&2
  exit 2
fi
module="$1"
target="$2"
seconds="${3:-600}"
cd "$(dirname "$0")/.."
JAZZER_FUZZ=1 exec mvn -o -B -pl "$module" -am test -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest="$target" -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds"
