#!/usr/bin/env bash
# Seeds one corpus folder per fuzz target from the test fixtures (tests/data) and the saved
# regression inputs (tests/data/fuzz-regressions/<target>), without duplicating them in git.
#   fuzz/make-corpus.sh [corpus-root]      (default: build/fuzz/corpus)
# Makes <corpus-root>/<target>/. Files already there (what earlier runs found) are kept, so
# a corpus grows from run to run; delete the folder to start again from the seeds.
set -euo pipefail

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data="$root_dir/tests/data"
corpus_root=${1:-"$root_dir/build/fuzz/corpus"}

# The fixtures each target reads: the answers, requests and faults of its binding, plus the
# hostile bodies of tests/data/faults that every XML reader must refuse.
hostile_xml=(faults/billion-laughs.xml faults/external-entity.xml faults/invalid-utf8.xml faults/malformed.xml
             faults/not-soap.xml faults/truncated.xml faults/html-502.html faults/html-503-doctype.html)

seeds_for() {
  case "$1" in
    fuzz_soap11_response)
      echo s360/*.soap-response.xml faults/s360-*.xml "${hostile_xml[@]}" ;;
    fuzz_soap12_response)
      echo symphony/*.soap11-response.xml symphony/*.soap12-response.xml faults/asmx-soap1*.xml \
           faults/symphony-token-response.xml "${hostile_xml[@]}" ;;
    fuzz_fault)
      echo faults/*.xml faults/*.txt faults/*.html symphony/fault-*.soap1*-response.xml \
           symphony/fault-*.plain-response.txt ;;
    fuzz_rest)
      echo s360/*.rest-response.json faults/rest-*.json faults/html-502.html ;;
    fuzz_asmx)
      echo symphony/*.get-response.xml symphony/*.post-response.xml symphony/*.get-request.txt \
           symphony/*.post-request.txt symphony/fault-*.plain-response.txt faults/asmx-plain-error.txt \
           faults/html-502.html ;;
    fuzz_soap_request)
      echo s360/*.soap-request.xml symphony/*.soap11-request.xml symphony/*.soap12-request.xml \
           s360/*.rest-request.json faults/billion-laughs.xml faults/external-entity.xml faults/truncated.xml ;;
    *) echo "unknown target $1" >&2; return 1 ;;
  esac
}

targets=(fuzz_soap11_response fuzz_soap12_response fuzz_fault fuzz_rest fuzz_asmx fuzz_soap_request)

cd "$data"
for target in "${targets[@]}"; do
  out="$corpus_root/$target"
  mkdir -p "$out"
  count=0
  for f in $(seeds_for "$target"); do
    [[ -f $f ]] || { echo "make-corpus: missing fixture tests/data/$f" >&2; exit 1; }
    # Flattened name: s360/getContactData.soap-response.xml -> s360__getContactData.soap-response.xml
    cp -n "$f" "$out/${f//\//__}"
    count=$((count + 1))
  done
  if [[ -d fuzz-regressions/$target ]]; then
    for f in fuzz-regressions/"$target"/*; do
      [[ -f $f ]] || continue
      cp -n "$f" "$out/regression__$(basename "$f")"
      count=$((count + 1))
    done
  fi
  echo "make-corpus: $target: $count seeds in $out"
done
