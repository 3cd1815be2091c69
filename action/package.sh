#!/usr/bin/env bash
# Archives a release binary as release.yml attaches it and install.sh downloads it (the names
# are lib.sh's archive_name): DEST/factsheet-TARGET.tar.gz (.zip on Windows) holding the
# binary alone, and beside it its .sha256 ("HASH  NAME", which `sha256sum -c` reads).
# Usage: action/package.sh TARGET BINARY_DIR DEST
set -euo pipefail
# shellcheck source=action/lib.sh
. "$(dirname "$0")/lib.sh"

[ "$#" -eq 3 ] || fail "usage: action/package.sh TARGET BINARY_DIR DEST"
target="$1"
bin_dir="$2"
dest="$(mkdir -p "$3" && cd "$3" && pwd)"
archive="$(archive_name "$target")"
binary="$(binary_name "$target")"
[ -f "$bin_dir/$binary" ] || fail "no $binary in $bin_dir: build --target $target first"
rm -f "$dest/$archive"
case "$archive" in
  *.zip) (cd "$bin_dir" && 7z a -tzip "$dest/$archive" "$binary" >/dev/null) ;;
  *) tar -czf "$dest/$archive" -C "$bin_dir" "$binary" ;;
esac
printf '%s  %s\n' "$(sha256_stdin <"$dest/$archive")" "$archive" >"$dest/$archive.sha256"
echo "$dest/$archive"
cat "$dest/$archive.sha256"
