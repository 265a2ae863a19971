#!/usr/bin/env bash
# Regenerates assets/screenshot.png, the README's picture of the reader: the
# release binary on the built-in seeds in a real terminal (tmux), its screen
# captured with colours (tmux capture-pane -e), turned into HTML (aha) and
# photographed by headless Chromium.
#
# Needs cargo and, from Debian's packages, tmux, aha, chromium and
# fonts-dejavu-core (apt-get install tmux aha chromium fonts-dejavu-core).
# Neither the tests nor CI run it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cols=160
rows=45
# DejaVu Sans Mono at 14 px is about 8.43 px wide; each row is 17 px.
width=$(( cols * 843 / 100 + 24 ))
height=$(( rows * 17 + 16 ))

work="$(mktemp -d)"
socket="parallax-screenshot-$$"
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/parallax"

# A fixed theme, so the picture does not depend on the terminal's background,
# and a data folder of its own, so no real session is touched.
printf '[theme]\nname = "dark"\n' > "$work/config.toml"
tmux -L "$socket" -f /dev/null new-session -d -s shot -x "$cols" -y "$rows" \
    "env TERM=xterm-256color COLORTERM=truecolor PARALLAX_CONFIG=$work/config.toml \
     PARALLAX_DATA_DIR=$work/data $bin; sleep 60"

wait_for() {
    for _ in $(seq 1 200); do
        if tmux -L "$socket" capture-pane -p -t shot | grep -q -- "$1"; then
            return 0
        fi
        sleep 0.1
    done
    echo "screenshot.sh: timed out waiting for '$1' on the screen" >&2
    exit 1
}

keys() {
    for key in "$@"; do
        tmux -L "$socket" send-keys -t shot "$key"
        sleep 0.15
    done
}

# The artillery-deal report beside the translated one, at the sentence where
# one says South Korea "agreed to buy" the rounds and the other that it "was
# considering" it, scrolled to mid-screen, the claim groups in the side panel.
wait_for "READ"
keys o j j Enter
wait_for "Artillery-deal report —"
keys o j j l
wait_for "Translated report —"
for _ in $(seq 13); do keys j; done
for _ in $(seq 16); do keys C-e; done
keys 2 Escape
sleep 0.5

tmux -L "$socket" capture-pane -e -p -t shot > "$work/screen.ansi"
cat > "$work/screen.css" <<'CSS'
body { margin: 8px; background: #000; }
pre { font-family: "DejaVu Sans Mono", monospace; font-size: 14px; line-height: 17px; margin: 0; }
CSS
# aha knows no underline colour (SGR 58) and would read its numbers as other
# attributes: drop it, the underline itself stays.
sed -E 's/\x1b\[58;(2;[0-9]+;[0-9]+;[0-9]+|5;[0-9]+)m//g' "$work/screen.ansi" |
    aha --black --title "Parallax" --css screen.css > "$work/screen.html"

chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/chromium" --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$width,$height" --screenshot="$here/screenshot.png" \
    "file://$work/screen.html" 2>/dev/null
echo "wrote $here/screenshot.png (${width}×${height})"
