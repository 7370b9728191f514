#!/usr/bin/env bash
# Installs everything claimtrail needs on a fresh Debian machine with Python >= 3.11:
# the Debian packages (only those missing), then the package into ./.venv.
# Usage: scripts/setup.sh [EXTRAS] [DEBIAN_PACKAGE...]   e.g. scripts/setup.sh postgres,dev postgresql
set -euo pipefail
cd "$(dirname "$0")/.."

extras="${1:-}"
shift || true
debs=("$@")

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: claimtrail needs Python >= 3.11 as '$python' (set PYTHON=...)" >&2
  exit 2
fi
# Debian splits venv and ensurepip out of python3; a pyenv or official Python has them.
if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
  debs+=("python3-venv")
fi
needed=()
for pkg in "${debs[@]}"; do
  case "$pkg" in
    # PostgreSQL may already be installed outside Debian's packaging (initdb on PATH).
    postgresql) command -v initdb >/dev/null || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || needed+=("$pkg") ;;
    *) needed+=("$pkg") ;;
  esac
done
if [ ${#needed[@]} -gt 0 ]; then apt_install "${needed[@]}"; fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
spec="."
[ -n "$extras" ] && spec=".[$extras]"
stamp=".venv/.claimtrail-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e "$spec"
  echo "$want" > "$stamp"
fi
