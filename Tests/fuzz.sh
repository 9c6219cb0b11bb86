#!/usr/bin/env bash
# Runs pingdian's property tests (Tests/PingdianCoreTests/Fuzz/) with a longer budget than
# `swift test` gives them, one suite at a time, and says which input crashed a suite if one did.
#
#   Tests/fuzz.sh                 # 5,000 cases per property
#   Tests/fuzz.sh 50000           # more
#   Tests/fuzz.sh 20000 Layout    # only the suites whose name contains "Layout"
#
# Every case writes its input to a log before it runs, so that a trap (which ends the test
# process before any report) leaves the input that caused it; the script prints it. A failing
# property (not a crash) is reported by swift-testing with a `.fixedSeed(...)` to replay it.
# See Docs/faults.md.
set -uo pipefail
cd "$(dirname "$0")/.."

cases="${1:-5000}"
only="${2:-}"
suites=(DecoderPropertyTests ProgressiveOpenTests LayoutPropertyTests AnchorPropertyTests JSONPropertyTests FieldDecodingPropertyTests SearchHintPropertyTests ExportPropertyTests)

swift build --build-tests >/dev/null || { echo "fuzz: the build failed" >&2; exit 2; }
log="$(mktemp -t pingdian-fuzz.XXXXXX)"
trap 'rm -f "$log"' EXIT
failed=0
for suite in "${suites[@]}"; do
  [[ -n "$only" && "$suite" != *"$only"* ]] && continue
  echo "fuzz: $suite, $cases cases per property"
  start=$SECONDS
  out="$log.$suite.out"
  if PINGDIAN_FUZZ_CASES="$cases" PINGDIAN_FUZZ_LOG="$log" swift test --skip-build --filter "PingdianCoreTests.$suite" >"$out" 2>&1; then
    echo "fuzz: $suite passed in $((SECONDS - start)) s"
    rm -f "$out"
  else
    failed=1
    grep -E '✘|Failure occured|fixedSeed|runtime failure|Fatal error' "$out" | head -20
    grep -A12 'crashed:' "$out" | grep -E '^ +[0-9]+ ' | head -8
    if grep -qE 'crashed|signal code' "$out"; then
      echo "fuzz: $suite CRASHED; the last input started was:"
      cat "$log"
    fi
    echo "fuzz: $suite FAILED (full output: $out)"
  fi
done
exit $failed
