#!/usr/bin/env bash
# Puts factsheet on the PATH of the job, for action.yml. Two steps, around actions/cache:
#   install.sh plan     decides where factsheet comes from and the cache key (step outputs
#                       `key`, `dir`, `release`);
#   install.sh install  uses the cached binary, or downloads the release binary of the action's
#                       tag and verifies its .sha256, or builds the action's own source.
# The action's folder ($GITHUB_ACTION_PATH) is the whole repository at the action's ref, so
# building it builds exactly the factsheet of that ref (a tag, a branch, a commit, or, with
# `uses: ./` in factsheet's own repository, the checkout itself), with its Cargo.lock.
# Environment: GITHUB_ACTION_PATH, RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, GITHUB_OUTPUT,
# GITHUB_PATH (set by GitHub); ACTION_REF (github.action_ref, which GitHub leaves empty in some
# composite actions: then the ref is read from the action's folder); FACTSHEET_RELEASES_URL to
# download from a mirror (default: the repository's releases).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=action/lib.sh
. "$here/lib.sh"

action_path="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set: run this from action.yml}"

# The action's ref: `v1.2.3` for `uses: OWNER/REPO@v1.2.3`, whose folder is
# .../_actions/OWNER/REPO/v1.2.3; nothing for a local action (`uses: ./`).
action_ref() {
  if [ -n "${ACTION_REF:-}" ]; then
    echo "$ACTION_REF"
  else
    case "$action_path" in
      */_actions/*/*/*) basename "$action_path" ;;
    esac
  fi
}

# A hash of what the binary is built from, so a cached build is used only for the same source.
source_hash() {
  (
    cd "$action_path"
    find Cargo.toml Cargo.lock src templates -type f | LC_ALL=C sort | while IFS= read -r f; do
      printf '%s  %s\n' "$(sha256_stdin <"$f")" "$f"
    done
  ) | sha256_stdin
}

plan() {
  local version ref release="" key
  version="$(crate_field version "$action_path")"
  ref="$(action_ref)"
  # A release tag has binaries when release.yml built one for this runner.
  if [ "$ref" = "v$version" ] && target_for "${RUNNER_OS:-}" "${RUNNER_ARCH:-}" >/dev/null; then
    release="$ref"
    key="release-$ref"
  else
    key="source-$(source_hash)"
  fi
  {
    echo "key=$key"
    echo "dir=${RUNNER_TEMP:?}/factsheet/$key"
    echo "release=$release"
  } >>"${GITHUB_OUTPUT:?}"
  echo "factsheet ${version} (action ref: ${ref:-local}): ${release:+release binary, else }build from source; cache key $key"
}

# Downloads the release archive for this runner into $1/bin; status 1 when the release has
# none (the caller builds instead); exits when the archive does not match its checksum.
download() {
  local bin="$1/bin" target archive base tmp expected actual
  target="$(target_for "$RUNNER_OS" "$RUNNER_ARCH")"
  archive="$(archive_name "$target")"
  base="${FACTSHEET_RELEASES_URL:-$(crate_field repository "$action_path")/releases/download}"
  tmp="$(mktemp -d)"
  echo "downloading $base/$FACTSHEET_RELEASE/$archive"
  if ! curl -fsSL --retry 3 -o "$tmp/$archive" "$base/$FACTSHEET_RELEASE/$archive" ||
    ! curl -fsSL --retry 3 -o "$tmp/$archive.sha256" "$base/$FACTSHEET_RELEASE/$archive.sha256"; then
    echo "no release binary $archive for $FACTSHEET_RELEASE: building from source instead"
    rm -rf "$tmp"
    return 1
  fi
  expected="$(cut -d ' ' -f 1 <"$tmp/$archive.sha256")"
  actual="$(sha256_stdin <"$tmp/$archive")"
  if [ "$expected" != "$actual" ]; then
    fail "$archive of $FACTSHEET_RELEASE does not match its $archive.sha256 (sha256 $actual, expected $expected): not installed"
  fi
  mkdir -p "$bin"
  case "$archive" in
    *.zip) if command -v unzip >/dev/null; then unzip -q -o "$tmp/$archive" -d "$bin"; else 7z x -y -o"$bin" "$tmp/$archive" >/dev/null; fi ;;
    *) tar -xzf "$tmp/$archive" -C "$bin" ;;
  esac
  rm -rf "$tmp"
  echo "verified sha256 $actual"
}

build() {
  command -v cargo >/dev/null ||
    fail "building factsheet needs Rust (cargo), which this runner does not have: install it before this step (rustup), or use a release tag of the action"
  echo "building factsheet from $action_path (cargo install --locked)"
  cargo install --locked --path "$action_path" --root "$1"
}

install() {
  local dir="${FACTSHEET_DIR:?FACTSHEET_DIR is not set: run \`install.sh plan\` first}"
  local exe="$dir/bin/factsheet"
  if [ -x "$exe" ] || [ -x "$exe.exe" ]; then
    echo "factsheet from the cache"
  elif [ -z "${FACTSHEET_RELEASE:-}" ] || ! download "$dir"; then
    build "$dir"
  fi
  [ -x "$exe" ] || [ -x "$exe.exe" ] || fail "no factsheet binary in $dir/bin after installing"
  echo "$dir/bin" >>"${GITHUB_PATH:?}"
  "$dir/bin/factsheet" --version
}

case "${1:-}" in
  plan) plan ;;
  install) install ;;
  *) fail "usage: install.sh plan|install" ;;
esac
