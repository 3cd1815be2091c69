#!/usr/bin/env bash
# The action's commit: with `commit: true`, commits the briefings that changed or are new in
# the output folder and pushes them to the branch that is checked out. `git status --porcelain`
# sees new (untracked) files too, which `git diff` does not: the first briefings, a new format.
# Environment: INPUT_COMMIT (true or false), INPUT_OUT (default output).
set -euo pipefail
# shellcheck source=action/lib.sh
. "$(dirname "$0")/lib.sh"

out="${INPUT_OUT:-output}"
commit="$(boolean_input commit "${INPUT_COMMIT:-false}")"
if [ "$commit" = false ]; then
  echo "commit: false: the briefings are not committed"
  exit 0
fi
# Ignored briefings would look current forever.
for briefing in "$out"/briefing.*; do
  if [ -e "$briefing" ] && git check-ignore -q -- "$briefing"; then
    fail "$briefing is ignored by a .gitignore, so the briefings cannot be committed: remove $out/ from there, or set commit: false"
  fi
done
changes="$(git status --porcelain --untracked-files=all -- "$out")"
if [ -z "$changes" ]; then
  echo "The briefings are current: nothing to commit in $out/."
  exit 0
fi
branch="$(git symbolic-ref --quiet --short HEAD)" ||
  fail "commit: true needs a branch checked out, and HEAD is detached (a pull request?): commit only on a push to a branch"
remote="$(git config "branch.$branch.remote" || echo origin)"

echo "$changes"
git add --all -- "$out"
git -c user.name="github-actions[bot]" \
  -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \
  commit --quiet -m "Regenerate the briefings" -- "$out"
git push --quiet "$remote" "HEAD:refs/heads/$branch" ||
  fail "could not push the briefings to $remote $branch (did the branch move on? the next run regenerates them)"
echo "Committed and pushed the briefings to $remote $branch: $(git log -1 --format='%h %s')"
