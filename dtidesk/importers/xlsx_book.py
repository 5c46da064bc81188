"""Open an .xlsx package within fixed bounds: zip checks, sheet list, styles and shared strings, nothing unbounded."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..domain.vnformat import fmt_number
from ..errors import ValidationError

# What the program accepts. An officer's list or a unit's form is a few hundred KB; these leave
# two orders of magnitude of room while keeping any file within ~300 MB of memory and seconds of work.
MAX_FILE_MB = 20
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
MAX_MEMBERS = 10_000  # entries of the zip: a workbook has a few dozen
MAX_DIRECTORY = 4 * 1024 * 1024  # bytes of the zip's directory listing those entries
MAX_UNZIPPED = 256 * 1024 * 1024  # all members as declared uncompressed (a zip bomb declares far more)
MAX_PART = {"sheet": 128 * 1024 * 1024, "strings": 64 * 1024 * 1024, "other": 16 * 1024 * 1024}
MAX_STRINGS = 1_000_000  # shared strings: each one costs memory even if no cell uses it
MAX_SHEETS = 1_000  # sheets of a workbook
MAX_STYLES = 200_000  # cell formats: Excel keeps at most 64,000
MAX_TEXT = 32_767  # Excel's own limit for one cell's text
MAX_DATA_ROWS = 20_000
MAX_ROW = MAX_DATA_ROWS + 100  # room above the data for titles and headers, below it for notes
MAX_COL = 200  # column GR
MAX_CELLS = 1_000_000  # cells holding something, over every sheet read from one file
MAX_TAGS = 4_000_000  # XML elements of the sheets read, blank formatted cells included
MAX_CHARS = 20_000_000  # characters of text in the cells read (1,000 a row at the most rows): what every
# later step works through, and holds, as Python text of two bytes a Vietnamese character
MAX_MERGES = 50_000  # merged ranges of one sheet that touch its data

BAD_FILE = "tệp hỏng hoặc không phải bảng tính .xlsx"
DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, UnicodeError)  # what a damaged member raises


class XlsxRefused(ValidationError):
    """A file the reader will not go on with; `sheet`, `cell` and `reason` let a report lay them out its own way."""

    def __init__(self, message: str, sheet: str = "", cell: str = "", reason: str = ""):
        super().__init__(message, "Tệp")
        self.sheet, self.cell, self.reason = sheet, cell, reason or message


@dataclass(frozen=True)
class SheetInfo:
    name: str
    state: str  # "visible", "hidden", "veryHidden"
    part: str  # its member in the zip


class Book:
    """An opened workbook (see xlsx_parts.open_book): its sheets, styles and shared strings. Cells are read by
    xlsx_sheet, streamed."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.name = self.path.name
        self.sheets: list[SheetInfo] = []
        self.strings: list[str] = []
        self.formats: list[str] = ["General"]  # number format by style index
        self.bold: list[bool] = [False]
        self.dates: set[int] = set()  # style indexes whose number format is a date
        self.date1904 = False
        self.cells_left = MAX_CELLS  # budgets shared by every sheet read from this file
        self.tags_left = MAX_TAGS
        self.chars_left = MAX_CHARS
        self._zip: zipfile.ZipFile | None = None

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def refuse(self, why: str) -> XlsxRefused:
        return XlsxRefused(f"Không mở được tệp “{self.name}” bằng Excel (.xlsx): {why}.",
                           reason=f"Không mở được tệp bằng Excel (.xlsx): {why}.")

    def refuse_at(self, sheet: str, cell: str, why: str) -> XlsxRefused:
        """Refused because of what one sheet holds: the message names file, sheet and (when known) cell."""
        where = f"Tệp “{self.name}”, trang “{sheet}”" + (f", ô {cell}" if cell else "")
        return XlsxRefused(f"{where}: {why}", sheet, cell, why)

    def sheet(self, name: str) -> SheetInfo | None:
        return next((s for s in self.sheets if s.name == name), None)

    def _member(self, member: str, kind: str) -> zipfile.ZipInfo:
        assert self._zip is not None
        try:
            info = self._zip.getinfo(member)
        except KeyError:
            raise self.refuse(f"{BAD_FILE} (thiếu phần “{member}”)") from None
        if info.file_size > MAX_PART[kind]:
            raise self.refuse(f"phần “{member}” của tệp lớn bất thường ({_mb(info.file_size)} khi giải nén)")
        return info

    def parse(self, member: str, kind: str, start=None, end=None, text=None) -> None:
        """One XML member through expat's handlers, a piece at a time as it is unzipped: no element tree is
        built, so a part's memory is what the handlers keep. Damaged XML is a refusal, never a traceback."""
        from xml.parsers import expat

        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
        parser.StartDoctypeDeclHandler = self._doctype  # entities come with a DOCTYPE; Excel never writes one
        try:
            for chunk in self.chunks(member, kind):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise self.refuse(f"{BAD_FILE} (phần “{member}” hỏng ở dòng {exc.lineno})") from None

    def _doctype(self, *_args: object) -> None:
        raise self.refuse(f"{BAD_FILE} (có khai báo DOCTYPE)")

    def chunks(self, member: str, kind: str = "other", size: int = 1 << 16) -> Iterator[bytes]:
        """The member's bytes, a piece at a time (a sheet is parsed as it is unzipped)."""
        info = self._member(member, kind)
        assert self._zip is not None
        try:
            with self._zip.open(info) as src:
                while chunk := src.read(size):
                    yield chunk
        except DAMAGE as exc:
            raise self.refuse(f"{BAD_FILE} (phần “{member}”: {type(exc).__name__})") from exc


def _mb(n: int) -> str:
    return f"{fmt_number(n / 1024 / 1024, 1)} MB"


def check_zip(book: Book, path: Path) -> zipfile.ZipFile:
    """Refuse before anything is decompressed: the size of the file, of its directory, and what it declares."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp “{path}”.", "Tệp") from None
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp “{path.name}” ({exc.strerror or exc}).", "Tệp") from None
    if path.is_dir():
        raise book.refuse("đây là một thư mục, không phải tệp")
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"Tệp “{path.name}” nặng {_mb(size)}, quá giới hạn {MAX_FILE_MB} MB chương trình "
                              "đọc: hãy chia danh sách thành nhiều tệp nhỏ hơn hoặc xóa các trang, hình ảnh thừa.",
                              "Tệp")
    try:
        # zipfile would build an object per directory entry: count them before it does (with zipfile's
        # own reader of the end record, private but stable; a Python without it skips this check).
        reader = getattr(zipfile, "_EndRecData", None)
        if reader is not None:
            with path.open("rb") as fp:
                end = reader(fp)
            if end is not None and (end[4] > MAX_MEMBERS or end[5] > MAX_DIRECTORY):  # entries, directory size
                raise book.refuse("tệp nén có quá nhiều thành phần đối với một bảng tính")
        zf = zipfile.ZipFile(path)
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise book.refuse(BAD_FILE) from None
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    if len(infos) > MAX_MEMBERS or total > MAX_UNZIPPED:
        zf.close()
        raise book.refuse(f"tệp khai báo {_mb(total)} dữ liệu khi giải nén, vượt giới hạn {_mb(MAX_UNZIPPED)} "
                          "(tệp nén bất thường)")
    return zf
