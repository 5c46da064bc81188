"""The calendar as an iCalendar file (RFC 5545) for Outlook or a phone, written by hand: all-day events with an
alarm on the day the warning starts."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from .. import __version__
from ..domain.calendar import KIND_LABELS, Calendar, DueItem

LINE_OCTETS = 75  # RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the CRLF
ALARM_HOUR = 8  # the alarm rings at 08:00 on the warning's first day, when the office opens


def escape_text(text: str) -> str:
    """TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets (§3.1): each continuation starts with one space; a UTF-8
    character is never cut in two."""
    out: list[str] = []
    current, size, limit = "", 0, LINE_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, LINE_OCTETS
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _date(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def uid(item: DueItem, agency: str) -> str:
    """Stable across exports of the same file (re-importing updates the event instead of adding a copy), and
    distinct between agencies' files."""
    salt = hashlib.sha1(agency.encode("utf-8")).hexdigest()[:10]
    return f"{item.key.replace('/', '-')}-{salt}@dtidesk"


def _trigger(item: DueItem) -> str:
    """Relative to the event's start (00:00 of the due day): 08:00 of the warning's first day."""
    lead = (item.date - item.start).days
    if lead <= 0:
        return f"PT{ALARM_HOUR}H"
    return f"-P{lead - 1}DT{24 - ALARM_HOUR}H" if lead > 1 else f"-PT{24 - ALARM_HOUR}H"


def _description(item: DueItem) -> str:
    lines = [f"Loại: {KIND_LABELS[item.kind]}"]
    if item.plan:
        lines.append(("Bộ chỉ số: " if item.framework_code else "Kế hoạch: ") + item.plan)
    if item.form:
        lines.append(f"Biểu mẫu: {item.form}")
    if item.unit:
        lines.append(f"Đơn vị: {item.unit}")
    lines.append(f"Hạn: {item.date:%d/%m/%Y}; nhắc từ {item.start:%d/%m/%Y}")
    if item.note:
        lines.append(item.note)
    return "\n".join(lines)


def _event(item: DueItem, agency: str, stamp: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid(item, agency)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(item.date)}",
        f"DTEND;VALUE=DATE:{_date(item.date + dt.timedelta(days=1))}",
        f"SUMMARY:{escape_text(item.title)}",
        f"DESCRIPTION:{escape_text(_description(item))}",
        f"CATEGORIES:{escape_text(KIND_LABELS[item.kind])}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(item.title)}",
        f"TRIGGER:{_trigger(item)}",
        "END:VALARM",
        "END:VEVENT",
    ]


def calendar_ics(cal: Calendar, stamp: dt.datetime | None = None) -> str:
    """The whole calendar as iCalendar text, CRLF line endings, folded."""
    when = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//DTI Desk//dtidesk {__version__}//VI",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text('Hạn công việc' + (' — ' + cal.agency if cal.agency else ''))}"]
    for item in cal.items:
        lines += _event(item, cal.agency, when)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_ics(cal: Calendar, out: Path, stamp: dt.datetime | None = None) -> Path:
    Path(out).write_bytes(calendar_ics(cal, stamp).encode("utf-8"))
    return Path(out)


__all__ = ["calendar_ics", "escape_text", "fold", "uid", "write_ics"]
