"""One article file -> `Document`: header line, headline, dateline, body paragraphs, sign-off."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from pathlib import Path, PurePath

from feeds.errors import DocumentError
from feeds.timex.lexicon import MONTHS, WEEKDAYS
from feeds.types import Document

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DAY_MONTH = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}))"
    r"(?:,?\s+(?P<y>\d{4}))?"
)

_HEADER = re.compile(r"^date:?(?:\s+(?P<value>\S+))?(?:\s+(?P<rest>.*))?$", re.IGNORECASE)
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")

# A line that only says when the article appeared: "October 28, 2024", "Mon 28 Oct 2024 10:15 GMT".
_DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted)\s*:?\s*)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
    r"(?:[,|\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&))*(?:,.*)?$")

# "YINCHUAN, Oct. 27 (Xinhua) --", "WASHINGTON (AP) --", "LONDON, 12 March --",
# "ALMATY, Kazakhstan —".
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_CAPS_PLACE = rf"[{_UPPER}][{_UPPER}.'’-]*(?:\s+[{_UPPER}][{_UPPER}.'’-]*){{0,3}}"
_TITLE_PLACE = rf"[{_UPPER}][{_LOWER}.'’-]+(?:\s+[{_UPPER}][{_LOWER}.'’-]+){{0,3}}"
_DASH = r"(?:\s*(?:--|—|–)\s*|\s+-\s+)"
_DATELINE = re.compile(
    # Several bureaux share a story: "LONDON/DUBAI, March 5 (Reuters) -" is filed in the first.
    rf"^(?P<dateline>(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})(?:/{_CAPS_PLACE})*"
    rf"(?:,\s+(?P<region>{_TITLE_PLACE}|{_CAPS_PLACE}))??"
    rf"(?:,?\s+(?:(?P<weekday>{_WEEKDAY})|{_DAY_MONTH}))?"
    # a press release's wire between slashes: "JAKARTA, Nov. 17, 2026 /PRNewswire/ --"
    r"(?:\s*\((?P<agency>[^()]{1,40})\)|\s+/(?P<wire>[A-Za-z][\w .-]{1,38})/)?"
    rf"{_DASH})"
)

# "/// nCa, 10 October 2024" ends the article wherever it stands; a paragraph of its own may
# also be a credit line ("(Reporting by ...; Editing by ...)").
_SIGN_OFF = re.compile(r"\s*///.*$", re.DOTALL)
# A credit line at the end of the last paragraph: "... (Reporting by A; Editing by B)".
_TRAILING_CREDIT = re.compile(
    r"\s*\((?:(?:additional\s+)?reporting|writing|editing|compiled|translated)\s+by[^()]*\)\s*$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|translated)\s+by\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_END_MARK = re.compile(r"^[(\[]?(?:end|ends|###|\*\*\*|-30-)[)\]]?$", re.IGNORECASE)

_PUBLISHER_WORDS = frozenset(
    "news times post agency press journal herald tribune gazette daily telegraph "  # noqa: SIM905
    "guardian wire media radio television tv broadcasting network chronicle observer "
    "reporter online express mail monitor insider newswire bulletin courier dispatch "
    "independent weekly xinhua reuters bloomberg tass kazinform trend akipress watch today "
    "digest review report bureau service "
    "interfax".split()
)
_CONNECTORS = frozenset(["of", "the", "and", "for", "de", "la", "el", "al", "du", "der", "di", "&"])
_SHORT_NAME_IN_PARENS = re.compile(r"\([A-Za-z][\w.&-]{0,15}\)$")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|info|news|co|[a-z]{2})\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_BLANK = re.compile(r"^[\s\u00a0\u200b\ufeff]*$")
_SPACES = re.compile(r"[ \t\u00a0]+")


def _single_spaced(text: str) -> str:
    """Text with each run of spaces, tabs and no-break spaces made one space."""
    # Most paragraphs are spaced so already: the substitution would rewrite every space.
    if "  " not in text and "\t" not in text and "\u00a0" not in text:
        return text
    return _SPACES.sub(" ", text)


def parse_document(data: bytes, path: str) -> Document:
    """Read one article from its bytes.

    Args:
        data: the file's bytes (UTF-8, with or without BOM; LF, CRLF or CR line ends).
        path: the file's path, used for the id (its stem) and in errors.

    Returns:
        The `Document`, its body without header, headline, date line, dateline or sign-off.

    Raises:
        DocumentError: the file is empty, binary, not UTF-8, has no ``date YYYY-MM-DD`` header
            or an impossible date in it, or has no body.
    """
    text = _decode(data, path)
    blocks = _blocks(text)
    if not blocks:
        raise DocumentError(path, "empty file")
    header, *first_rest = blocks[0]
    published, rest = _header(header, path)
    # The header's block may go on with the headline on the next line.
    body_blocks = [first_rest, *blocks[1:]] if first_rest else blocks[1:]
    publisher, title, body_blocks = _headline(rest, body_blocks)
    body_blocks = _skip_front_matter(body_blocks)
    paragraphs = [
        _single_spaced(" ".join(item)).strip() for block in body_blocks for item in _items(block)
    ]
    dateline, place, anchor, paragraphs = _dateline(paragraphs, published)
    paragraphs = _without_sign_off(paragraphs)
    if not paragraphs:
        raise DocumentError(path, "no body: the file has a header but no article text")
    doc_id = document_id(path)
    return Document(
        id=doc_id,
        path=PurePath(path).as_posix(),
        title=title or _title_from_id(doc_id),
        publisher=publisher or _agency(dateline),
        published=published,
        dateline=dateline,
        place=place,
        anchor=anchor,
        text="\n\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
        digest=content_digest(data),
    )


def document_id(path: str) -> str:
    """The id of the document a file holds: the file's stem."""
    return PurePath(path).stem


def content_digest(data: bytes) -> str:
    """The sha256 of a file's bytes, by which an unchanged file is known."""
    return hashlib.sha256(data).hexdigest()


def read_document(path: Path) -> Document:
    """Read one article file.

    Args:
        path: the article file.

    Returns:
        The `Document` (see `parse_document`).

    Raises:
        DocumentError: the file cannot be read, or its content is not an article.
    """
    return parse_document(read_file(path), str(path))


def read_file(path: Path) -> bytes:
    """The bytes of an article file.

    Raises:
        DocumentError: the path is a folder or cannot be read.
    """
    try:
        return path.read_bytes()
    except IsADirectoryError as e:
        raise DocumentError(str(path), "is a folder, not an article file") from e
    except OSError as e:
        raise DocumentError(str(path), f"cannot be read: {e.strerror or e}") from e


def _decode(data: bytes, path: str) -> str:
    """The file's text with a BOM removed and every line end made LF."""
    if b"\x00" in data:
        raise DocumentError(path, "binary file: it holds NUL bytes, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DocumentError(
            path, f"not UTF-8 text: byte 0x{data[e.start]:02x} at offset {e.start}"
        ) from e
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise DocumentError(path, "binary file: it holds control characters, not article text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _blocks(text: str) -> list[list[str]]:
    """Runs of non-blank lines (stripped), split at blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if _BLANK.match(line):
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line.strip())
    if current:
        blocks.append(current)
    return blocks


def _items(block: list[str]) -> list[list[str]]:
    """A block's lines as paragraphs: one per item of a list ("- ...", "• ...") or line of a
    timeline ("March 23, 2015 - ..."), the lines of running text joined as one."""
    items: list[list[str]] = []
    for line in block:
        if not items or _LIST_ITEM.match(line):
            items.append([line])
        else:
            items[-1].append(line)
    return items


#: A line that opens an item of a list or of a timeline: a bullet, or a date of a few words
#: and a dash or colon.
_LIST_ITEM = re.compile(
    rf"[-•*–]\s|(?:\d|{_MONTH} )"
    r"[\w.,]*(?: [\w.,]+){0,3} [-–—:] \S"
)


def _header(line: str, path: str) -> tuple[date, str]:
    """The header line's date and the text after it."""
    m = _HEADER.match(line)
    if not m:
        raise DocumentError(path, "no date header: the first line must read 'date YYYY-MM-DD ...'")
    value, rest = m["value"] or "", (m["rest"] or "").strip()
    day = _ISO_DAY.match(value)
    if not day:
        raise DocumentError(path, f"no date in the header: {value!r} is not YYYY-MM-DD")
    try:
        published = date(int(day[1]), int(day[2]), int(day[3]))
    except ValueError as e:
        raise DocumentError(path, f"impossible date {value} in the header ({e})") from e
    return published, rest


def _headline(rest: str, blocks: list[list[str]]) -> tuple[str | None, str, list[list[str]]]:
    """Publisher, headline and the blocks after them, from the header's rest and what follows."""
    following = blocks[0][0] if blocks else ""
    if following and rest and _publisher_line(following, rest):
        # A line repeating the publisher's name (a masthead) stands before the headline.
        blocks = [blocks[0][1:], *blocks[1:]] if len(blocks[0]) > 1 else blocks[1:]
        following = blocks[0][0] if blocks else ""
    if rest and not (_title_like(following) and _publisher_before(rest, following)):
        return None, rest, blocks
    if not _title_like(following):
        return None, "", blocks
    remaining = [blocks[0][1:], *blocks[1:]] if len(blocks[0]) > 1 else blocks[1:]
    return rest or None, following, remaining


def _publisher_before(rest: str, following: str) -> bool:
    """Whether the header's rest names the publisher of the headline line that follows."""
    score = _publisher_score(rest)
    # One capitalised word ("AFP", "LSM", "Politico") before a headline-like line is the
    # publisher: a headline is never a single word.
    return score >= 2 or (score == 1 and len(rest.split()) == 1 and len(following.split()) > 2)


def _publisher_line(line: str, publisher: str) -> bool:
    """Whether a line only repeats the header's publisher name."""
    return line.strip(" .:-|").casefold() == publisher.strip(" .:-|").casefold()


def _publisher_score(text: str) -> int:
    """How much the header's rest looks like a publisher's name rather than a headline."""
    words = text.split()
    score = 0
    if _SHORT_NAME_IN_PARENS.search(text):
        score += 3
    if _DOMAIN.search(text):
        score += 3
    bare = [w.strip("().,:;'\"").lower() for w in words]
    if len(words) <= 6 and any(w in _PUBLISHER_WORDS for w in bare):
        score += 2
    lower = [
        w for w, b in zip(words, bare, strict=True) if w[:1].islower() and b not in _CONNECTORS
    ]
    if len(words) <= 4 and not lower:
        score += 1
    if lower:
        score -= 2
    if len(words) > 8:
        score -= 2
    if text.endswith(("?", "!", ".")) or ":" in text:
        score -= 1
    return score


def _title_like(line: str) -> bool:
    """Whether a line reads as a headline: short, no sentence end, not a date or dateline."""
    if not line or len(line) > 200 or len(line.split()) > 25:
        return False
    if line.endswith((".", ";", ",")) and not line.endswith("..."):
        return False
    return not (_DATE_LINE.match(line) or _BYLINE.match(line) or _DATELINE.match(line))


def _skip_front_matter(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without leading date lines and bylines (publication metadata, not text)."""
    blocks = [list(block) for block in blocks]
    while blocks:
        first = blocks[0]
        while first and (_DATE_LINE.match(first[0]) or _BYLINE.match(first[0])):
            first.pop(0)
        if first:
            break
        blocks.pop(0)
    return blocks


def _dateline(
    paragraphs: list[str], published: date
) -> tuple[str | None, str | None, date, list[str]]:
    """The dateline opening the body (or the paragraph after a one-line standfirst), its
    place and day, and the paragraphs without it."""
    for at in (0, 1):
        if at >= len(paragraphs) or (at == 1 and not _title_like(paragraphs[0])):
            break
        m = _DATELINE.match(paragraphs[at])
        if m and _plausible_dateline(m):
            rest = paragraphs[at][m.end() :].strip()
            paragraphs = paragraphs[:at] + ([rest] if rest else []) + paragraphs[at + 1 :]
            place, day = _place_name(m["place"]), _dateline_day(m, published)
            return m["dateline"].strip(), place, day, paragraphs
    return None, None, published, paragraphs


def _agency(dateline: str | None) -> str | None:
    """The agency a dateline credits (``(Xinhua)``): the publisher when the header names none."""
    m = _DATELINE.match(dateline) if dateline else None
    return m["agency"].strip() if m and m["agency"] else None


def _plausible_dateline(m: re.Match[str]) -> bool:
    """A dateline names its place in capitals, or gives a day or an agency after it."""
    place = m["place"]
    has_more = bool(m["weekday"] or m["m1"] or m["m2"] or m["agency"] or m["wire"])
    return (place.isupper() and len(place.replace(" ", "")) > 1) or has_more


def _place_name(caps: str) -> str:
    """A dateline place as usually spelt: ``NEW YORK`` -> ``New York``, ``XI'AN`` -> ``Xi'an``."""
    words = re.sub(r"[^\s-]+", lambda w: w[0][0].upper() + w[0][1:].lower(), caps.strip())
    # Particles stay small inside a name: "VIÑA DEL MAR" -> "Viña del Mar".
    return re.sub(
        r"(?<=\s)(Del|De|La|Le|Al|El|Of|On|Upon|Da|Do|Dos|Das)(?=\s)", lambda w: w[0].lower(), words
    )


def _dateline_day(m: re.Match[str], published: date) -> date:
    """The dateline's day, in the year that puts it nearest the header date."""
    if m["weekday"]:
        wanted = WEEKDAYS[m["weekday"].rstrip(".").lower()] - 1  # ISO Monday is 1
        return published - timedelta(days=(published.weekday() - wanted) % 7)
    month_name, day_text = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
    if not month_name:
        return published
    key = month_name.rstrip(".").lower()
    month = MONTHS.get(key) or MONTHS.get(key[:3])
    if month is None:
        return published
    years = [int(m["y"])] if m["y"] else [published.year - 1, published.year, published.year + 1]
    days = []
    for year in years:
        try:
            days.append(date(year, month, int(day_text)))
        except ValueError:
            continue
    if not days:
        return published
    return min(days, key=lambda d: abs((d - published).days))


def _without_sign_off(paragraphs: list[str]) -> list[str]:
    """The paragraphs up to the sign-off, credit lines and end marks left out."""
    kept: list[str] = []
    for paragraph in paragraphs:
        # Both patterns are tried at every character: only a paragraph that may hold them is.
        body = _SIGN_OFF.sub("", paragraph) if "///" in paragraph else paragraph
        if body.rstrip().endswith(")"):
            body = _TRAILING_CREDIT.sub("", body)
        body = body.strip()
        if body and not _CREDIT.match(body) and not _END_MARK.match(body):
            kept.append(body)
        if body != paragraph.strip():
            break  # "///" closes the article: what follows it is not text
    return kept


def _title_from_id(doc_id: str) -> str:
    """A readable title from a file stem when the file gives no headline."""
    words = re.sub(r"^\d{4}-\d{2}-\d{2}-?", "", doc_id).replace("-", " ").replace("_", " ")
    return words.strip().capitalize() or doc_id
