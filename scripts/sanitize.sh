#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer, each in its own
# build folder (.build-asan, .build-tsan; git-ignored), and prints one result line per run.
#   scripts/sanitize.sh [address|thread]...   (default: both)
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for sanitizer in "${@:-address thread}"; do
  for s in $sanitizer; do
    log="$(mktemp)"
    start=$(date +%s)
    if LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0" swift test --sanitize="$s" --scratch-path ".build-${s:0:1}san" >"$log" 2>&1; then result=clean; else result=FAILED; status=1; fi
    reports=$(grep -c -E "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer|SUMMARY: (Address|Thread)Sanitizer)" "$log")
    echo "$s sanitizer: $result, $reports sanitizer reports, $(grep -E '^. Test run with' "$log" | tail -1), $(( $(date +%s) - start )) s"
    [ "$result" = clean ] || { grep -E "^✘ Test [a-zA-Z]" "$log" | cut -c1-300 | head -20; grep -E -A20 "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer)" "$log" | head -60; }
    rm -f "$log"
  done
done
exit $status
