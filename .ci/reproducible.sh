#!/usr/bin/env bash
# Checks that the build is reproducible: builds the working tree twice, each time from a fresh copy in its own
# directory, and compares the SHA-256 of every jar the two builds made.
#
#   .ci/reproducible.sh                  # all modules
#   .ci/reproducible.sh -pl currency -am # extra arguments go to both Maven runs
#
# Tests are skipped (they do not change the jars). Exit status 0 when every jar is identical, 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for run in first second; do
  mkdir "$work/$run"
  # A copy of the sources without build output, so each build starts clean.
  (cd "$root" && tar --exclude='./*/target' --exclude='./target' --exclude='./.git' --exclude='.cifuzz-corpus' \
      -cf - .) | tar -xf - -C "$work/$run"
  echo "building $run copy in $work/$run" >&2
  (cd "$work/$run" && mvn -q -o -B -DskipTests package "$@")
  (cd "$work/$run" && find . -path '*/target/*.jar' -type f | sort | xargs sha256sum) > "$work/$run.sha256"
done

if [ ! -s "$work/first.sha256" ]; then
  echo "no jar was built" >&2
  exit 1
fi
if diff "$work/first.sha256" "$work/second.sha256"; then
  echo "reproducible: $(wc -l < "$work/first.sha256") jars identical in two clean builds" >&2
  cat "$work/first.sha256"
else
  echo "NOT reproducible: the jars listed above differ between two clean builds" >&2
  exit 1
fi
