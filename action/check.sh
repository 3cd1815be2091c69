#!/usr/bin/env bash
# The action's check: `factsheet check --format github`, so that each finding is an annotation
# on its line; an error (with `strict: true`, a warning too) fails the step.
# Environment: INPUT_FACTS (default facts.yaml), INPUT_STRICT (true or false).
set -euo pipefail
# shellcheck source=action/lib.sh
. "$(dirname "$0")/lib.sh"

strict="$(boolean_input strict "${INPUT_STRICT:-false}")"
args=(check --facts "${INPUT_FACTS:-facts.yaml}" --format github)
if [ "$strict" = true ]; then
  args+=(--strict)
fi
echo "factsheet ${args[*]}"
status=0
factsheet "${args[@]}" || status=$?
case "$status" in
  0) echo "factsheet check passed" ;;
  1) fail "factsheet check failed: the findings above are annotations on their lines" ;;
  *) fail "factsheet check could not run (exit $status): see the message above" ;;
esac
