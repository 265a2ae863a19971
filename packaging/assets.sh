#!/usr/bin/env bash
# Builds the release binary and generates what the Debian package ships beside
# it, from the binary itself: the man page and the shell completions, into
# target/assets/ (the paths [package.metadata.deb] in Cargo.toml lists).
# Then: cargo deb
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked
bin=target/release/parallax
out=target/assets
mkdir -p "$out/completions"
"$bin" man | gzip -9n > "$out/parallax.1.gz"
"$bin" completions bash > "$out/completions/parallax.bash"
"$bin" completions zsh > "$out/completions/_parallax"
"$bin" completions fish > "$out/completions/parallax.fish"
echo "assets written to $out"
