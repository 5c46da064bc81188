#!/usr/bin/env bash
# Install everything and open DTI Desk on a fresh copy of the demo file.
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh"
exec "$VENV/bin/dtidesk" --demo "$@"
