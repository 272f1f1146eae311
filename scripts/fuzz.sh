#!/usr/bin/env bash
# Builds the libFuzzer harnesses (Tests/Fuzz/Harnesses, see FUZZING.md) with
# AddressSanitizer and libFuzzer's coverage counters, then runs each for
# FUZZ_SECONDS over its committed seed corpus (Tests/Fuzz/<harness>/).
# New inputs go to .build-fuzz/corpus/<harness>; a crash, leak or hang is
# saved to .build-fuzz/artifacts/ and fails the run. Prints one line of
# figures per harness and writes them to .build-fuzz/stats.tsv.
# Usage: scripts/fuzz.sh [HARNESS ...]   (all when none is named)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
all=$(ls Tests/Fuzz/Harnesses | grep -v '^FuzzSupport$')
harnesses=${*:-$all}
swiftc=$(readlink -f "$(command -v swiftc)")
runtime=$(ls "$(dirname "$swiftc")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
# -sanitize=fuzzer would link libFuzzer's own main, which SwiftPM's
# executable entry point replaces; so instrument with the same coverage
# kinds and link the no-main runtime, whose driver FuzzSupport calls.
flags=(-Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
       -Xlinker "$runtime" -Xlinker -lstdc++)
mkdir -p .build-fuzz/artifacts
printf 'harness\tseconds\texecutions\texec_per_s\tcorpus\n' > .build-fuzz/stats.tsv
for h in $harnesses; do
  # Fail on any error, and on warnings in our own sources (not the packages').
  BORDERWATCH_FUZZ=1 swift build --scratch-path .build-fuzz --product "$h" "${flags[@]}" 2>&1 \
    | grep -E "error:|^$PWD/(Sources|Tests)/.*warning:" && exit 2
  mkdir -p ".build-fuzz/corpus/$h"
  log=".build-fuzz/$h.log"
  status=0
  ".build-fuzz/debug/$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix=".build-fuzz/artifacts/$h-" ".build-fuzz/corpus/$h" "Tests/Fuzz/$h" > "$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  corpus=$(ls ".build-fuzz/corpus/$h" | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\n' "$h" "$seconds" "${runs:-?}" "${rate:-?}" "$corpus" | tee -a .build-fuzz/stats.tsv
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $h failed (exit $status); the input is in .build-fuzz/artifacts/; log $log:" >&2
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -20 >&2
    exit 1
  fi
done
echo "fuzz: no crash, leak or hang in $(echo $harnesses | wc -w) harnesses"
