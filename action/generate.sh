#!/usr/bin/env bash
# The action's generate: renders the briefings into the output folder (it checks again and
# writes nothing when there is an error).
# Environment: INPUT_FACTS (default facts.yaml), INPUT_OUT (default output), INPUT_FORMAT
# (md, html, json or all, or a list of them such as all,json; default all).
set -euo pipefail
# shellcheck source=action/lib.sh
. "$(dirname "$0")/lib.sh"

format="${INPUT_FORMAT:-all}"
IFS=, read -r -a formats <<<"$format"
[ "${#formats[@]}" -gt 0 ] || fail "the input \`format\` is empty: write md, html, json or all, or a list such as all,json"
for one in "${formats[@]}"; do
  case "$one" in
    md | html | json | all) ;;
    *) fail "the input \`format\` is \`$format\`: write md, html, json or all, or a list such as all,json" ;;
  esac
done
args=(generate --facts "${INPUT_FACTS:-facts.yaml}" --out "${INPUT_OUT:-output}" --format "$format")
echo "factsheet ${args[*]}"
factsheet "${args[@]}" || fail "factsheet generate failed (exit $?): see the message above"
