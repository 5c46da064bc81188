"""`dtidesk --selftest` / `dtidesk-cli selftest`: prove an installed copy works (resources, file, three exports)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import DtideskError
from ..resources import i18n_dir, resources_root

Out = Callable[[str], None]
# An extra step receives the exported files by format ("pdf", "docx", "xlsx") and returns its report line.
ExtraStep = tuple[str, Callable[[dict[str, Path]], str]]

REQUIRED_RESOURCES = ("frameworks", "forms", "demo/stp-tuyenquang.json", "fonts/LiberationSerif-Regular.ttf",
                      "fonts/LiberationSerif-Bold.ttf", "icons/dtidesk.png")


def report_file() -> Path:
    return Path(tempfile.gettempdir()) / "dtidesk-selftest.txt"


def safe_print(line: str) -> None:
    """Print; in a windowed Windows build (no console, sys.stdout is None) append to report_file()."""
    stream = sys.stdout
    if stream is None:
        with report_file().open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
        return
    try:
        stream.write(line + "\n")
    except UnicodeEncodeError:  # a console or pipe in a legacy code page
        enc = getattr(stream, "encoding", None) or "ascii"
        stream.write(line.encode(enc, errors="replace").decode(enc) + "\n")
    stream.flush()


_IMPORTED_AT = time.time()


def seconds_since_process_start() -> float:
    """How long this process has run, from the OS's record of its creation (for `dtidesk --startup-time`)."""
    if sys.platform.startswith("linux"):
        try:
            # /proc/self/stat field 22: start time in clock ticks after boot; /proc/uptime: now after boot.
            fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
            uptime = float(Path("/proc/uptime").read_text().split()[0])
            return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            pass
    elif sys.platform == "win32":  # pragma: no cover - measured on the Windows build
        import ctypes
        from ctypes import wintypes

        times = [wintypes.FILETIME() for _ in range(4)]
        k32 = ctypes.windll.kernel32
        if k32.GetProcessTimes(k32.GetCurrentProcess(), *map(ctypes.byref, times)):
            now = wintypes.FILETIME()
            k32.GetSystemTimeAsFileTime(ctypes.byref(now))

            def ticks(ft: wintypes.FILETIME) -> int:  # 100 ns units
                return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

            return (ticks(now) - ticks(times[0])) / 1e7
    return time.time() - _IMPORTED_AT  # elsewhere: from the first import of dtidesk.selftest


def _size(path: Path) -> str:
    return f"{path.stat().st_size:,}".replace(",", ".") + " byte"


def check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ValueError(f"“{path.name}” không bắt đầu bằng %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise ValueError(f"“{path.name}” bị cắt cụt (thiếu %%EOF)")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    if pages < 1:
        raise ValueError(f"“{path.name}” không có trang nào")
    return f"{_size(path)}, {pages} trang"


def _check_zip(path: Path, member: str) -> None:
    if not zipfile.is_zipfile(path):
        raise ValueError(f"“{path.name}” không phải tệp nén hợp lệ")
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad is not None:
            raise ValueError(f"“{path.name}”: phần “{bad}” bị hỏng")
        if member not in z.namelist():
            raise ValueError(f"“{path.name}” thiếu phần “{member}”")


def check_docx(path: Path) -> str:
    _check_zip(path, "word/document.xml")
    from ..importers.probe import docx_paragraphs  # python-docx loads only when the step runs

    paragraphs = docx_paragraphs(path)
    if not paragraphs:
        raise ValueError(f"“{path.name}” không có nội dung")
    return f"{_size(path)}, {len(paragraphs)} đoạn"


def check_xlsx(path: Path) -> str:
    _check_zip(path, "xl/workbook.xml")
    from ..importers.probe import xlsx_sheet_rows  # openpyxl loads only when the step runs

    sheets = xlsx_sheet_rows(path)
    if not sheets or sheets[0][1] < 2:
        raise ValueError(f"“{path.name}” không có dòng dữ liệu")
    return f"{_size(path)}, {sheets[0][1]} dòng"


def _check_resources() -> str:
    root = resources_root()
    missing = [rel for rel in REQUIRED_RESOURCES if not (root / rel).exists()]
    qm = i18n_dir() / "dtidesk_vi.qm"
    if not qm.is_file():
        missing.append(str(qm))
    if missing:
        raise FileNotFoundError("thiếu " + ", ".join(missing))
    from babel.numbers import format_decimal

    # The interface languages' number formats (the frozen build ships babel's data for these only).
    if (format_decimal(1234.5, locale="vi"), format_decimal(1234.5, locale="en")) != ("1.234,5", "1,234.5"):
        raise ValueError("dữ liệu định dạng số tiếng Việt / tiếng Anh (babel) không đúng")
    count = sum(1 for p in root.rglob("*") if p.is_file())
    return f"Tìm thấy tài nguyên ({count} tệp), bản dịch và định dạng số vi/en tại {root.parent}"


def run_selftest(out: Out = safe_print, extra_steps: Sequence[ExtraStep] = ()) -> int:
    """Create a temporary agency file and export a PDF, a docx and an xlsx through the CLI's use cases.

    Prints one Vietnamese line per step; returns 0 when every step passed, 1 at the first failure.
    """
    from .demo import build_demo
    from .export import available_exports, export

    started = time.perf_counter()
    if out is safe_print and sys.stdout is None:
        report_file().unlink(missing_ok=True)  # the report of this run only
    old_backup_dir = os.environ.get("DTIDESK_BACKUP_DIR")
    with tempfile.TemporaryDirectory(prefix="dtidesk-selftest-") as tmp:
        folder = Path(tmp)
        os.environ["DTIDESK_BACKUP_DIR"] = str(folder / "backups")  # never touch the user's backups
        state: dict = {"files": {}}

        def make_file() -> str:
            af = build_demo(folder / "tu-kiem-tra.dtidesk")
            state["af"] = af
            plans = af.repo.plans.all()
            state["plan"] = next(p.id for p in plans if "xlsx" in available_exports(af, p.id).get("appendix-tasks", ()))
            tasks = len(af.repo.tasks.for_plan(state["plan"]))
            return f"Tạo tệp dữ liệu tạm ({len(plans)} kế hoạch, {tasks} nhiệm vụ trong kế hoạch số {state['plan']})"

        def exporter(what: str, fmt: str, label: str, check: Callable[[Path], str]) -> Callable[[], str]:
            def step() -> str:
                path = export(state["af"], state["plan"], what, fmt, folder / f"tu-kiem-tra-{what}.{fmt}")
                state["files"][fmt] = path
                return f"Xuất {label}: {check(path)}, mở được"
            return step

        steps: list[tuple[str, Callable[[], str]]] = [
            ("tài nguyên", _check_resources),
            ("tạo tệp dữ liệu", make_file),
            ("xuất PDF", exporter("document", "pdf", "văn bản kế hoạch ra PDF", check_pdf)),
            ("xuất Word", exporter("document", "docx", "văn bản kế hoạch ra Word (docx)", check_docx)),
            ("xuất Excel", exporter("appendix-tasks", "xlsx", "phụ lục nhiệm vụ ra Excel (xlsx)", check_xlsx)),
        ]
        steps += [(name, (lambda fn=fn: fn(state["files"]))) for name, fn in extra_steps]
        out(f"DTI Desk — tự kiểm tra ({len(steps)} bước)")
        try:
            for i, (name, step) in enumerate(steps, 1):
                try:
                    line = step()
                except DtideskError as exc:
                    return _fail(out, i, len(steps), name, exc.message)
                except Exception as exc:  # noqa: BLE001 - every failure must become a message and exit 1
                    return _fail(out, i, len(steps), name, f"{type(exc).__name__}: {exc}")
                out(f"[{i}/{len(steps)}] ✓ {line}")
        finally:
            if "af" in state:
                state["af"].close()
            if old_backup_dir is None:
                os.environ.pop("DTIDESK_BACKUP_DIR", None)
            else:
                os.environ["DTIDESK_BACKUP_DIR"] = old_backup_dir
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    out(f"Tự kiểm tra đạt: {len(steps)}/{len(steps)} bước trong {seconds} giây.")
    return 0


def _fail(out: Out, i: int, n: int, name: str, reason: str) -> int:
    out(f"[{i}/{n}] ✗ Bước “{name}” không đạt: {reason}")
    out("Tự kiểm tra KHÔNG ĐẠT: bản cài đặt này thiếu thành phần hoặc bị hỏng; hãy cài đặt lại.")
    return 1
