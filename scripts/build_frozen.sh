#!/usr/bin/env bash
# Build the one-folder program (build_installer.spec) with PyInstaller, run its --selftest offscreen, then
# print the folder's size and the time from start to window, and fail when either is over budget.
# Builds outside the checkout: DTIDESK_BUILD_DIR (default /tmp/dtidesk-frozen) holds dist/ and work/.
set -euo pipefail
OUT="${DTIDESK_BUILD_DIR:-${TMPDIR:-/tmp}/dtidesk-frozen}"
mkdir -p "$OUT"

# The project's virtual environment, installed by the same script as the tests (its pip chatter to a log).
exec 3>&2 2>"$OUT/env.log"
trap 'echo "LỖI: chưa cài được môi trường (xem $OUT/env.log)." >&3' ERR
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh"
trap - ERR
exec 2>&3 3>&-

SIZE_BUDGET_MB="${DTIDESK_SIZE_BUDGET_MB:-250}"
START_BUDGET_S="${DTIDESK_START_BUDGET_S:-2}"
PY="$VENV/bin/python"

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "Cài PyInstaller vào $VENV…"
  "$PY" -m pip install -q "pyinstaller>=6.10,<7"
fi

echo "Đóng gói bằng PyInstaller $("$PY" -m PyInstaller --version) vào $OUT/dist (nhật ký: $OUT/pyinstaller.log)…"
start=$(date +%s)
if ! "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/dist" --workpath "$OUT/work" \
    "$ROOT/build_installer.spec" >"$OUT/pyinstaller.log" 2>&1; then
  tail -n 30 "$OUT/pyinstaller.log" >&2
  echo "LỖI: PyInstaller không đóng gói được (xem $OUT/pyinstaller.log)." >&2
  exit 1
fi
echo "Đóng gói xong sau $(( $(date +%s) - start )) giây."

APP_DIR="$OUT/dist/DTIDesk"
APP="$APP_DIR/DTIDesk"
[ -x "$APP" ] || { echo "LỖI: không thấy chương trình $APP" >&2; exit 1; }

# A first run on a clean account: no remembered files, settings or backups of the person building.
export QT_QPA_PLATFORM=offscreen
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
export HOME="$HOME_DIR" XDG_CONFIG_HOME="$HOME_DIR/.config" XDG_DATA_HOME="$HOME_DIR/.local/share"
export DTIDESK_BACKUP_DIR="$HOME_DIR/backups"

echo "Chạy $APP --selftest:"
if ! "$APP" --selftest; then
  echo "LỖI: bản đóng gói không qua được bước tự kiểm tra." >&2
  exit 1
fi

# Every library in the folder must find the Qt libraries it links (the spec drops some).
missing=$(cd "$APP_DIR/_internal" && find . -name '*.so*' -type f -print0 |
  LD_LIBRARY_PATH="$PWD:$PWD/PySide6/Qt/lib" xargs -0 -n1 ldd 2>/dev/null | grep -o 'libQt6[^ ]* => not found' | sort -u || true)
if [ -n "$missing" ]; then
  echo "LỖI: thư viện Qt bị thiếu trong bản đóng gói: $missing" >&2
  exit 1
fi

size_mb=$(( $(du -sb "$APP_DIR" | cut -f1) / 1024 / 1024 ))
files=$(find "$APP_DIR" -type f | wc -l)
echo "Dung lượng thư mục $APP_DIR: $size_mb MB ($files tệp); giới hạn $SIZE_BUDGET_MB MB."

times=()
for _ in 1 2 3; do
  line=$("$APP" --startup-time 2>/dev/null | grep -o 'startup_seconds=[0-9.]*' || true)
  [ -n "$line" ] || { echo "LỖI: chương trình không báo thời gian khởi động." >&2; exit 1; }
  times+=("${line#startup_seconds=}")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n 2p)
echo "Thời gian từ lúc chạy đến khi hiện cửa sổ (3 lần): ${times[*]} giây; trung vị $median giây; giới hạn $START_BUDGET_S giây."

status=0
[ "$size_mb" -le "$SIZE_BUDGET_MB" ] || { echo "LỖI: vượt giới hạn dung lượng." >&2; status=1; }
awk -v m="$median" -v b="$START_BUDGET_S" 'BEGIN { exit !(m <= b) }' || {
  echo "LỖI: khởi động chậm hơn giới hạn." >&2; status=1; }
[ "$status" -eq 0 ] && echo "Bản đóng gói đạt: $APP_DIR"
exit "$status"
