#!/usr/bin/env bash
# The action's generate: renders the briefings into the output folder (it checks again and
# writes nothing when there is an error).
# Environment: INPUT_FACTS (default facts.yaml), INPUT_OUT (default output), INPUT_FORMAT
# (md, html or all; default all).
set -euo pipefail
# shellcheck source=action/lib.sh
. "$(dirname "$0")/lib.sh"

format="${INPUT_FORMAT:-all}"
case "$format" in
  md | html | all) ;;
  *) fail "the input \`format\` is \`$format\`: write md, html or all" ;;
esac
args=(generate --facts "${INPUT_FACTS:-facts.yaml}" --out "${INPUT_OUT:-output}" --format "$format")
echo "factsheet ${args[*]}"
factsheet "${args[@]}" || fail "factsheet generate failed (exit $?): see the message above"
