"""Use case “Hồ sơ tự đánh giá”: the self-assessment table, the cover letter, every evidence file in a folder
per criterion and `self-assessment.json`, written as a folder or a .zip — whole or not at all."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import __version__
from ..domain.dossier import (
    JSON_NAME,
    Dossier,
    DossierEvidence,
    DossierInput,
    DossierNode,
    IndexVersion,
    evidence_path,
    evidence_ref,
    from_json,
    to_json,
)
from ..domain.methods import expected_inputs
from ..domain.models import Evidence, Framework, Indicator, Score
from ..domain.periods import assessment_period
from ..domain.progress import Progress, no_progress
from ..domain.validation import parse_decimal_input
from ..errors import DiskFull, DtideskError, FileReadOnly, ValidationError
from ..exporters.atomic import write_atomically
from ..store import AgencyFile
from .evidence import find_assessment, findings
from .scoring import score_tree

# Already compressed: stored as they are in the .zip (deflating a 200 MB scan gains nothing and takes long).
_PACKED = {".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".zip", ".rar", ".7z", ".docx", ".xlsx",
           ".pptx", ".odt", ".ods"}


@dataclass(frozen=True)
class DossierWritten:
    path: Path
    criteria: int
    files: int


def _value(inp, raw: str) -> Decimal | str | None:
    text = str(raw).strip()
    if not text:
        return None
    if inp.type == "date":
        return text
    try:
        return parse_decimal_input(text.rstrip("%").strip(), inp.name)
    except ValidationError:
        return text


def _inputs(ind: Indicator, score: Score | None) -> tuple[DossierInput, ...]:
    raw = score.inputs if score else []
    return tuple(DossierInput(inp.name, inp.label, inp.type, _value(inp, raw[i]) if i < len(raw) else None)
                 for i, inp in enumerate(expected_inputs(ind.method)))


def _item(code: str, ref: str, ev: Evidence, own: bool, same_as: str) -> DossierEvidence:
    return DossierEvidence(ref=ref, title=ev.title, number=ev.doc_number, date=ev.doc_date, issuer=ev.issuer,
                           file_name=ev.file_name, sha256=ev.blob, size=ev.size, location=ev.location,
                           path=evidence_path(code, ref, ev.title, ev.file_name) if ev.blob else "",
                           own=own, same_as=same_as)


def gather(af: AgencyFile, year: int, framework_code: str | None = None) -> Dossier:
    """Everything the dossier prints, read in one go: the index version, the score tree and, per criterion,
    its inputs, self score, explanation and evidence numbered as the table cites it."""
    fw, a = find_assessment(af, year, framework_code)
    tree = score_tree(af, fw, a)
    inds = {i.id: i for i in af.repo.frameworks.indicators(fw.id)}
    scores = af.repo.assessments.scores(a.id)
    # Numbered per criterion; an item that supports several is cited under each, with its own number there.
    cited = {n.id: af.repo.assessments.evidence(a.id, n.id) for n in tree.nodes if n.kind == "criterion"}
    ref_at = {(e.id, cid): evidence_ref(inds[cid].code, k) for cid, items in cited.items()
              for k, e in enumerate(items, start=1)}
    nodes: list[DossierNode] = []
    for n in tree.nodes:
        if n.kind == "group":
            nodes.append(DossierNode(n.code, n.name, "group", n.parent, n.max_score, n.self_score))
            continue
        ind, sc = inds[n.id], scores.get(n.id)
        items = cited[n.id]
        nodes.append(DossierNode(
            n.code, n.name, "criterion", n.parent, n.max_score, n.self_score, ind.method, ind.scoring_note,
            _inputs(ind, sc), sc.computed if sc else None, sc.override_reason if sc else "",
            sc.explanation if sc else "",
            tuple(_item(n.code, ref_at[(e.id, n.id)], e, e.indicator_id == n.id,
                        "" if e.indicator_id == n.id else ref_at.get((e.id, e.indicator_id), ""))
                  for e in items)))
    return Dossier(
        index=IndexVersion(fw.code, fw.version_year, fw.name, fw.decision, fw.kind, fw.province),
        agency=af.repo.agency.get(), year=year, period=assessment_period(fw.period, year), nodes=tuple(nodes),
        max_score=tree.total.max_score, self_score=tree.total.self_score, generator=f"DTI Desk {__version__}")


def missing(af: AgencyFile, year: int, framework_code: str | None = None) -> list[str]:
    """What is still missing or wrong before the dossier goes out, criterion by criterion in the index's
    order: the evidence findings and the criteria without a self score."""
    fw, a = find_assessment(af, year, framework_code)
    scores = af.repo.assessments.scores(a.id)
    criteria = [n for n in score_tree(af, fw, a).nodes if n.kind == "criterion"]
    by_code: dict[str, list[str]] = {}
    for f in findings(af, a):
        by_code.setdefault(f.criterion, []).append(f.message)
    for n in criteria:
        sc = scores.get(n.id)
        if sc is None or sc.self_score is None:
            by_code.setdefault(n.code, []).insert(0, "chưa có điểm tự chấm.")
    order = [n.code for n in criteria] + sorted(set(by_code) - {n.code for n in criteria})
    return [f"Tiêu chí {code}: {msg}" for code in order for msg in by_code.get(code, [])]


def default_recipient(d: Dossier) -> str:
    """Who the letter goes to: the province's standing body for the index (the officer may change it)."""
    where = f" tỉnh {d.index.province}" if d.index.province else ""
    if d.index.kind == "PAR":
        return f"Sở Nội vụ{where}"
    if d.index.kind == "DTI":
        return f"Sở Thông tin và Truyền thông{where}"
    return "Hội đồng thẩm định"


def default_symbol(d: Dossier) -> str:
    """NĐ 30: a công văn's symbol is the body's abbreviation and the drafting unit's (the Văn phòng)."""
    return f"{d.agency.short_code}-VP" if d.agency.short_code else "VP"


def document_names(year: int) -> dict[str, str]:
    return {"cover": f"01-cong-van-{year}", "table": f"02-bang-tu-danh-gia-{year}"}


def _check_target(out: Path, as_zip: bool) -> None:
    if not out.parent.is_dir():
        raise ValidationError(f"Thư mục “{out.parent}” không tồn tại.", "Nơi lưu")
    if as_zip:
        if out.is_dir():
            raise ValidationError(f"“{out}” là một thư mục; hãy chọn tên tệp .zip.", "Nơi lưu")
        return
    if out.exists() and not out.is_dir():
        raise ValidationError(f"“{out}” là một tệp; hãy chọn thư mục để lưu hồ sơ.", "Nơi lưu")
    if out.is_dir() and any(out.iterdir()) and not (out / JSON_NAME).is_file():
        raise ValidationError(f"Thư mục “{out}” đã có tệp khác. Hãy chọn một thư mục mới hoặc thư mục trống "
                              "(chương trình chỉ thay thế một hồ sơ tự đánh giá đã xuất trước đó).", "Nơi lưu")


def _os_error(exc: OSError, name: str) -> DtideskError:
    if exc.errno == errno.ENOSPC:
        return DiskFull(f"Ổ đĩa đã đầy, chưa ghi được hồ sơ “{name}”.")
    if isinstance(exc, PermissionError):
        return FileReadOnly(f"Không ghi được hồ sơ “{name}”: thư mục chỉ cho phép đọc hoặc tệp đang mở.")
    return DtideskError(f"Không ghi được hồ sơ “{name}”: {exc.strerror or exc}.")


def write_dossier(af: AgencyFile, year: int, out: Path | str, framework_code: str | None = None, *,
                  to: str | None = None, symbol: str | None = None, today: dt.date | None = None,
                  progress: Progress = no_progress) -> DossierWritten:
    """User action “Xuất hồ sơ tự đánh giá”: everything is written into a temporary folder beside the target,
    then renamed into place (a folder) or packed into the .zip (written atomically). A cancelled or failed
    run leaves nothing behind; a dossier exported before into the same folder is replaced whole."""
    out = Path(out)
    as_zip = out.suffix.lower() == ".zip"
    _check_target(out, as_zip)
    d = gather(af, year, framework_code)
    files = d.files()
    for e, code in files:
        if af.repo.blobs.size(e.sha256) is None:  # type: ignore[arg-type]
            raise ValidationError(f"Tệp của tài liệu “{e.title}” (tiêu chí {code}) không còn trong tệp dữ liệu; "
                                  "hãy đính kèm lại.", "Tài liệu kiểm chứng")
    total = 6 + len(files) * (2 if as_zip else 1)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".~{out.stem}.", dir=out.parent))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o777 & ~mask)  # mkdtemp's 0700 would stay on the finished folder
    except OSError as exc:
        raise _os_error(exc, out.name) from None
    try:
        _write_documents(d, tmp, to or default_recipient(d), symbol or default_symbol(d),
                         (today or dt.date.today()).year, progress, total)
        for k, (e, _code) in enumerate(files, start=6):
            progress(k, total, f"Đang chép tài liệu kiểm chứng {e.path}…")
            dest = tmp.joinpath(*e.path.split("/"))
            dest.parent.mkdir(exist_ok=True)
            af.repo.blobs.write_to(e.sha256, dest)  # type: ignore[arg-type]
        (tmp / JSON_NAME).write_text(json.dumps(to_json(d), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if as_zip:
            write_atomically(out, ".zip", lambda z: _pack(tmp, z, progress, 6 + len(files), total))
        else:
            progress(total - 1, total, "Đang hoàn tất…")  # the last moment Cancel takes effect
            _into_place(tmp, out)
    except OSError as exc:
        raise _os_error(exc, out.name) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return DossierWritten(out, len(d.criteria), len(files))


def _write_documents(d: Dossier, folder: Path, to: str, symbol: str, issue_year: int, progress: Progress,
                     total: int) -> None:
    from ..exporters.dossier_cover import build_cover, reference_line, write_cover_docx, write_cover_pdf
    from ..exporters.dossier_table import write_table_docx, write_table_pdf, write_table_xlsx

    names = document_names(d.year)
    cover = build_cover(d, to=to, symbol=symbol, issue_year=issue_year, files=len(d.files()))
    reference = reference_line(d, symbol, issue_year)
    steps: list[tuple[str, Callable[[Path], object]]] = [
        (f"{names['cover']}.pdf", lambda p: write_cover_pdf(cover, p)),
        (f"{names['cover']}.docx", lambda p: write_cover_docx(cover, p)),
        (f"{names['table']}.pdf", lambda p: write_table_pdf(d, reference, p)),
        (f"{names['table']}.docx", lambda p: write_table_docx(d, reference, p)),
        (f"{names['table']}.xlsx", lambda p: write_table_xlsx(d, reference, p)),
    ]
    for k, (name, write) in enumerate(steps):
        progress(k, total, f"Đang tạo {name}…")
        write(folder / name)


def _pack(folder: Path, target: Path, progress: Progress, done: int, total: int) -> None:
    entries = sorted(p for p in folder.rglob("*") if p.is_file())
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for k, p in enumerate(entries):
            name = p.relative_to(folder).as_posix()
            progress(min(done + k, total - 1), total, f"Đang nén {name}…")
            z.write(p, name, zipfile.ZIP_STORED if p.suffix.lower() in _PACKED else zipfile.ZIP_DEFLATED)


def _into_place(tmp: Path, out: Path) -> None:
    """The finished folder takes the target's name; an earlier dossier there is set aside first and removed
    only once the new one is in place."""
    old: Path | None = None
    if out.is_dir():
        if any(out.iterdir()):
            old = out.with_name(f".~{out.name}.cu-{os.getpid()}")
            shutil.rmtree(old, ignore_errors=True)
            os.rename(out, old)
        else:
            out.rmdir()
    try:
        os.rename(tmp, out)
    except OSError:
        if old is not None:
            with contextlib.suppress(OSError):
                os.rename(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# -- the province side -----------------------------------------------------------------------------------
def read_dossier(path: Path | str) -> Dossier:
    """`self-assessment.json` of a dossier folder, a dossier .zip, or the file itself, read back."""
    p = Path(path)
    try:
        if p.is_dir():
            text = (p / JSON_NAME).read_text(encoding="utf-8")
        elif p.suffix.lower() == ".zip":
            with zipfile.ZipFile(p) as z:
                text = z.read(JSON_NAME).decode("utf-8")
        else:
            text = p.read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, KeyError, zipfile.BadZipFile):
        raise ValidationError(f"Không tìm thấy {JSON_NAME} trong “{p.name}”.", "Hồ sơ") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(f"{JSON_NAME} trong “{p.name}” không đọc được (không phải JSON UTF-8).",
                              "Hồ sơ") from None
    return from_json(data)


def check_files(path: Path | str, d: Dossier) -> list[str]:
    """The evidence files of an extracted dossier folder that are missing or not the bytes the JSON names."""
    root = Path(path)
    problems = []
    for e, code in d.files():
        f = root.joinpath(*e.path.split("/"))
        if not f.is_file():
            problems.append(f"Tiêu chí {code}: thiếu tệp {e.path}.")
            continue
        h = hashlib.sha256()
        with f.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
        if h.hexdigest() != e.sha256:
            problems.append(f"Tiêu chí {code}: tệp {e.path} không khớp mã kiểm tra (đã bị thay đổi).")
    return problems


def indexes_of_year(af: AgencyFile, year: int) -> list[Framework]:
    """The index versions that have a self-assessment in `year` (the window asks which when there are two)."""
    seen = {a.framework_id for a in af.repo.assessments.for_year(year)}
    return [f for f in af.repo.frameworks.all() if f.id in seen]
