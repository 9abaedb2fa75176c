#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan) and runs each for a
# bounded time. Fails (exit 1) on any crash, hang, leak, out-of-memory or sanitizer report.
#   tools/fuzz.sh [seconds-per-target] [target...]
#     seconds-per-target   default 60
#     target...            default: all six (fuzz_soap11_response fuzz_soap12_response fuzz_fault
#                          fuzz_rest fuzz_asmx fuzz_soap_request)
# Environment: FUZZ_RSS_MB (default 2560), FUZZ_TIMEOUT (seconds per input, default 10),
#   FUZZ_JOBS (parallel fuzzing processes per target, default 1), FUZZ_ARGS (extra libFuzzer flags),
#   FUZZ_NO_BUILD=1 (use the binaries already built).
# Output under build/fuzz/: corpus/<target>/ (seeded by fuzz/make-corpus.sh, grows run after run),
#   crashes/<target>/ (the inputs that failed), logs/<target>.log.
# A crash input replays with: build/fuzz/fuzz/<target> build/fuzz/crashes/<target>/<file>
# Once fixed, copy it to tests/data/fuzz-regressions/<target>/ (tst_fuzzregressions replays it).
set -uo pipefail

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$root_dir/build/fuzz"
seconds=${1:-60}
shift $(( $# > 0 ? 1 : 0 ))
all_targets=(fuzz_soap11_response fuzz_soap12_response fuzz_fault fuzz_rest fuzz_asmx fuzz_soap_request)
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")
rss_mb=${FUZZ_RSS_MB:-2560}
timeout_s=${FUZZ_TIMEOUT:-10}
jobs=${FUZZ_JOBS:-1}

[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "fuzz.sh: seconds-per-target must be a positive integer" >&2; exit 2; }

dict_for() {
  case "$1" in
    fuzz_rest) echo "$root_dir/fuzz/dict/json.dict" ;;
    fuzz_asmx) echo "$root_dir/fuzz/dict/asmx.dict" ;;
    *) echo "$root_dir/fuzz/dict/soap.dict" ;;
  esac
}

cd "$root_dir"
if [[ ${FUZZ_NO_BUILD:-0} != 1 ]]; then
  cmake --preset fuzz >/dev/null || { echo "fuzz.sh: configure failed (cmake --preset fuzz)" >&2; exit 1; }
  cmake --build --preset fuzz || { echo "fuzz.sh: build failed" >&2; exit 1; }
fi
"$root_dir/fuzz/make-corpus.sh" "$build_dir/corpus" || exit 1
mkdir -p "$build_dir/logs"
cd "$build_dir" # libFuzzer's -jobs writes fuzz-<n>.log into the working directory

# The inputs libFuzzer saves when a run fails (not slow-unit-*, which is only a note).
count_failures() { find "$1" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l; }

# Sanitizers stop at the first report; leaks are checked per input (-detect_leaks) and at exit.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen

failed=()
for target in "${targets[@]}"; do
  binary="$build_dir/fuzz/$target"
  [[ -x $binary ]] || { echo "fuzz.sh: no such target $target ($binary)" >&2; exit 2; }
  crashes="$build_dir/crashes/$target"
  log="$build_dir/logs/$target.log"
  mkdir -p "$crashes"
  before=$(count_failures "$crashes")
  echo "== $target: ${seconds}s (log: $log)"
  job_args=()
  if ((jobs > 1)); then
    job_args=(-jobs="$jobs" -workers="$jobs")
  fi
  # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
  "$binary" -max_total_time="$seconds" -rss_limit_mb="$rss_mb" -malloc_limit_mb="$rss_mb" -timeout="$timeout_s" \
    -dict="$(dict_for "$target")" -artifact_prefix="$crashes/" -print_final_stats=1 "${job_args[@]}" \
    ${FUZZ_ARGS:-} "$build_dir/corpus/$target" >"$log" 2>&1
  status=$?
  if ((jobs > 1)); then
    cat fuzz-*.log >>"$log" 2>/dev/null && rm -f fuzz-*.log
  fi
  after=$(count_failures "$crashes")
  reports=$(grep -cE "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|INVARIANT BROKEN|SUMMARY: " "$log")
  if ((status != 0 || after > before || reports > 0)); then
    echo "   FAILED: exit $status, $((after - before)) new input(s) in $crashes, $reports report line(s)"
    grep -m 8 -E "ERROR: |runtime error:|INVARIANT BROKEN|SUMMARY: |Test unit written" "$log" | sed 's/^/   /'
    failed+=("$target")
  else
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$log" | sed 's/^/   /'
    echo "   ok"
  fi
done

if ((${#failed[@]})); then
  echo "fuzz.sh: FAILED: ${failed[*]}"
  exit 1
fi
echo "fuzz.sh: all ${#targets[@]} target(s) ran ${seconds}s each without a crash, leak or sanitizer report"
