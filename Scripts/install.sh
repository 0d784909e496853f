#!/usr/bin/env bash
# Builds Byline in release mode and installs it under PREFIX (default ~/.local):
#   PREFIX/bin/byline (+ the NLP model bundle beside it), PREFIX/share/byline/themes,
#   the man page PREFIX/share/man/man1/byline.1, and bash, zsh and fish completions,
#   all generated from the command-line parser so they always match the program.
#
#   Scripts/install.sh [PREFIX]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-$HOME/.local}
swift build -c release --product byline
bin=$(swift build -c release --show-bin-path)
mkdir -p "$prefix/bin" "$prefix/share/byline" "$prefix/share/man/man1" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$bin/byline" "$prefix/bin/byline"
for bundle in "$bin"/*.resources; do
  rm -rf "$prefix/bin/$(basename "$bundle")"
  cp -R "$bundle" "$prefix/bin/"
done
rm -rf "$prefix/share/byline/themes"
cp -R themes "$prefix/share/byline/themes"
"$prefix/bin/byline" --generate-completion-script bash > "$prefix/share/bash-completion/completions/byline"
"$prefix/bin/byline" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_byline"
"$prefix/bin/byline" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/byline.fish"
# The man page comes from swift-argument-parser's manual generator, run on the installed binary.
swift build -c release --product generate-manual >/dev/null
tool=""
for candidate in "$bin/generate-manual-tool" "$bin/generate-manual"; do
  [[ -x $candidate ]] && { tool=$candidate; break; }
done
"$tool" "$prefix/bin/byline" --output-directory "$prefix/share/man/man1"
echo "installed byline in $prefix/bin; man page, completions and themes under $prefix/share"
