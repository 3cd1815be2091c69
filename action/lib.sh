# shellcheck shell=bash
# Shared by the action's scripts (action.yml) and the release workflow (release.yml): the one
# naming scheme of the release archives, the crate's version and address, and messages.
# Sourced, never run.

# The release archive of a target, as release.yml attaches it and install.sh downloads it:
#   factsheet-TARGET.tar.gz (factsheet-TARGET.zip on Windows), holding the binary alone,
#   beside it factsheet-TARGET.tar.gz.sha256 ("HASH  NAME", as sha256sum writes it).
archive_name() {
  case "$1" in
    *-windows-*) echo "factsheet-$1.zip" ;;
    *) echo "factsheet-$1.tar.gz" ;;
  esac
}

binary_name() {
  case "$1" in
    *-windows-*) echo "factsheet.exe" ;;
    *) echo "factsheet" ;;
  esac
}

# The target that release.yml builds for a runner (RUNNER_OS, RUNNER_ARCH as GitHub names
# them); nothing, and status 1, for a runner that has no release binary.
target_for() {
  case "$1/$2" in
    Linux/X64) echo "x86_64-unknown-linux-gnu" ;;
    Linux/ARM64) echo "aarch64-unknown-linux-gnu" ;;
    macOS/X64) echo "x86_64-apple-darwin" ;;
    macOS/ARM64) echo "aarch64-apple-darwin" ;;
    Windows/X64) echo "x86_64-pc-windows-msvc" ;;
    *) return 1 ;;
  esac
}

# A `key = "value"` of Cargo.toml's [package] (version, repository): the first such line is the
# package's, since the dependencies come after it.
crate_field() {
  sed -n "s/^$1 = \"\\(.*\\)\"\$/\\1/p" "$2/Cargo.toml" | head -n 1
}

# The SHA-256 of standard input in hex (sha256sum on Linux and Windows, shasum on macOS).
sha256_stdin() {
  if command -v sha256sum >/dev/null; then
    sha256sum | cut -d ' ' -f 1
  else
    shasum -a 256 | cut -d ' ' -f 1
  fi
}

# An error: an annotation on GitHub, a plain line elsewhere; then exit 1.
fail() {
  if [ "${GITHUB_ACTIONS:-}" = true ]; then
    echo "::error title=factsheet action::$*"
  else
    echo "error: $*" >&2
  fi
  exit 1
}

# An input that must be true or false (as a workflow writes it, or an expression gives it).
boolean_input() {
  case "$2" in
    true | True | TRUE) echo true ;;
    false | False | FALSE | "") echo false ;;
    *) fail "the input \`$1\` is \`$2\`: write true or false" ;;
  esac
}
