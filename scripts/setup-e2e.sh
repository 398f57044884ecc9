#!/usr/bin/env bash
# One-time setup for the end-to-end tests and `npm start` (see /test/e2e/README.md):
#   - Debian packages: libkrb5-dev (code-server's native modules), ripgrep, chromium (the browser),
#     fonts-wqy-microhei (without a CJK font, screenshots of Chinese drafts show only boxes);
#     libreoffice-writer-nogui and poppler-utils (the render test converts exported .docx files to PDF
#     and reads them back), fonts-noto-cjk and fonts-arphic-ukai (free stand-ins for 仿宋, 黑体, 楷体);
#   - code-server in its own cache folder, outside the project's dependencies, because it needs
#     Node 20 and the Kerberos headers, which a user of the extension may not have.
# Idempotent: when everything is present it returns in well under a second.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CODE_SERVER_VERSION="4.100.3"
# The harness reads the same variable, so an override applies to both.
CODE_SERVER_DIR="${POLICY_DRAFT_CODE_SERVER_DIR:-$ROOT/.cache/code-server/$CODE_SERVER_VERSION}"
ENTRY="$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js"
DONE_MARKER="$CODE_SERVER_DIR/.installed"

log() { printf '[setup-e2e] %s\n' "$*"; }

# --- Debian packages ------------------------------------------------------------------------------
missing=()
for pkg in libkrb5-dev ripgrep chromium fonts-wqy-microhei libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# --- code-server ------------------------------------------------------------------------------------
if [ -f "$DONE_MARKER" ] && [ -f "$ENTRY" ]; then
  log "code-server $CODE_SERVER_VERSION already in $CODE_SERVER_DIR"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "20" ]; then
  log "code-server $CODE_SERVER_VERSION needs Node 20 (found $(node --version)); install Node 20 and retry"
  exit 2
fi
# Native modules must build against the local Node headers; without them npm tries to download them.
NODE_DIR="${npm_config_nodedir:-$(node -p 'require("path").resolve(process.execPath, "..", "..")')}"
if [ ! -f "$NODE_DIR/include/node/node_version.h" ]; then
  log "Node headers not found in $NODE_DIR/include/node: install your Node's headers"
  log "(Debian: libnode-dev) or set npm_config_nodedir to the folder holding include/node"
  exit 2
fi

log "installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (about a minute)"
rm -rf "$CODE_SERVER_DIR"
mkdir -p "$CODE_SERVER_DIR/tmp"
# A package.json of its own stops npm from walking up into the project's package.json.
printf '{ "private": true, "description": "code-server for the policy-draft end-to-end tests" }\n' \
  >"$CODE_SERVER_DIR/package.json"

# @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless it finds this cached archive in
# $TMPDIR; Debian's rg is used instead. TMPDIR points into the cache folder so nothing lands in /tmp.
RG_CACHE="$CODE_SERVER_DIR/tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE/bin"
cp "$(command -v rg)" "$RG_CACHE/bin/rg"
tar -C "$RG_CACHE/bin" -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
rm -rf "$RG_CACHE/bin"

(
  cd "$CODE_SERVER_DIR"
  TMPDIR="$CODE_SERVER_DIR/tmp" \
  npm_config_nodedir="$NODE_DIR" \
  npm_config_yes=true \
    npm install "code-server@$CODE_SERVER_VERSION" --unsafe-perm --no-audit --no-fund --no-save \
      --prefix "$CODE_SERVER_DIR"
)
rm -rf "$CODE_SERVER_DIR/tmp"

if [ ! -f "$ENTRY" ]; then
  log "code-server installed but $ENTRY is missing"
  exit 2
fi
touch "$DONE_MARKER"
log "code-server $CODE_SERVER_VERSION ready: node $ENTRY"
