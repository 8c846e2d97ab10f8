"""Bytes in, text out: encoding detection, NFC, and HTML / .docx extraction.

The text handed on is plain Unicode (NFC) with two light markers that `clean` understands:
`# ` before a headline and `![alt](src)` for an image, the same shapes Markdown uses, so a
pasted Markdown article and an extracted web page travel the same road.
"""
from __future__ import annotations

import io
import re
import stat
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ClaimsError, InputError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
# An article, not an archive: the longest news features are well under 200 KB of text. Bigger
# inputs are refused at once with a clear message rather than parsed for many minutes.
MAX_BYTES = 2 * 1024 * 1024
# A .docx is a zip: a small file can unpack to gigabytes (a "zip bomb"). Real articles with
# pictures unpack to a few megabytes; the XML parser holds the whole document.xml in memory.
MAX_DOCX_UNPACKED = 32 * 1024 * 1024
MAX_DOCX_MEMBERS = 2000

# Magic numbers of formats that are certainly not article text.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"PK\x03\x04", b"\x1f\x8b")
# Zero-width and other invisible characters that break word matching (ZWSP, ZWNJ, ZWJ, BOM, soft hyphen).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
# C0 and C1 control characters other than tab and newline (ESC starts terminal escape sequences).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")
# UTF-8 read as a single-byte code page leaves these pairs behind (mojibake).
_MOJIBAKE = re.compile(r"[ÃÂÄÅáºá»][\x80-\xbf\u0152-\u0178\u02c6-\u203a]")


@dataclass(frozen=True)
class RawDocument:
    """One input after decoding: `name` is how the user named it ("-" for stdin)."""

    name: str
    text: str
    fmt: str  # "text" | "html" | "docx"
    encoding: str


def read_input(name: str) -> RawDocument:
    """Read a path (or "-" for stdin) and return its text, or raise InputError.

    At most MAX_BYTES + 1 bytes are ever read, so a huge file, stdin or /dev/zero is refused
    without being loaded; devices, pipes and sockets named as paths are refused outright (a
    named pipe would block forever)."""
    if name == "-":
        return read_bytes(_read_capped(sys.stdin.buffer, name), name)
    path = Path(name)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(name, "is not a regular file (a device, pipe or socket)")
    if st.st_size > MAX_BYTES:
        raise too_large(name, st.st_size)
    try:
        with open(path, "rb") as fh:
            data = _read_capped(fh, name)
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, name, suffix=path.suffix.lower())


def _read_capped(fh, name: str) -> bytes:
    data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(name, f"is too large for one article (more than {MAX_BYTES:,} bytes; the limit is "
                               f"{MAX_BYTES:,} bytes): split it into articles")
    return data


def too_large(name: str, size: int, what: str = "") -> InputError:
    return InputError(name, f"is too large for one article ({what}{size:,} bytes; the limit is {MAX_BYTES:,} bytes): "
                            "split it into articles")


def read_bytes(data: bytes, name: str, suffix: str | None = None) -> RawDocument:
    """Decode bytes that came from a file, an upload or stdin."""
    if suffix is None:
        suffix = Path(name).suffix.lower() if name != "-" else ""
    if not data.strip():
        raise InputError(name, "is empty")
    if len(data) > MAX_BYTES:
        raise too_large(name, len(data))
    if suffix in DOCX_SUFFIXES:
        return RawDocument(name, _require_text(name, normalize(docx_to_text(data, name))), "docx", "docx")
    text, encoding = decode(data, name)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)) or (
        suffix == "" and _looks_like_html(text)
    ):
        return RawDocument(name, _require_text(name, normalize(html_to_text(text, name))), "html", encoding)
    if suffix not in TEXT_SUFFIXES:
        raise InputError(name, f"unsupported file type '{suffix}' (use .txt, .md, .html or .docx)")
    return RawDocument(name, _require_text(name, normalize(text)), "text", encoding)


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding name). UTF-8 (with or without BOM), UTF-16/32, Windows-1258.
    Whatever the encoding, the decoded text is checked for NULs and control characters."""
    text, encoding = _decode_any(data, name)
    _check_controls(text, name)
    return text, encoding


def _decode_any(data: bytes, name: str) -> tuple[str, str]:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(name, f"invalid {enc.upper()} text at byte {exc.start}") from None
    if data.startswith(_BINARY_MAGIC):
        raise InputError(name, "is binary data (a PDF, image, archive or program), not text")
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(name, "is binary data (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        text = _decode_cp1258(data)
        if text is None:
            raise InputError(name, f"is not valid UTF-8 (bad byte at offset {exc.start}) and not Windows-1258 text") from None
        return text, "windows-1258"


def _check_controls(text: str, name: str) -> None:
    if "\x00" in text:
        raise InputError(name, "is binary data (it contains NUL characters), not text")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 50):
        raise InputError(name, "is binary data (too many control characters), not text")


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: Latin and Vietnamese text has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _decode_cp1258(data: bytes) -> str | None:
    """Windows-1258, the legacy Vietnamese code page, but only when the result is plausible."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    if len(_MOJIBAKE.findall(text)) > 2:
        return None  # really UTF-8 with damage, decoding it as cp1258 would only hide that
    composed = unicodedata.normalize("NFC", text)
    from . import lexicon

    syllable = re.compile(lexicon.get("vi").SYLLABLE)
    accented = [w for w in re.findall(r"\S+", composed.lower()) if any(ord(c) > 127 for c in w)]
    accented = [re.sub(r"^\W+|\W+$", "", w) for w in accented]
    if len(accented) < 2:
        return None
    # Real Vietnamese in cp1258 decodes to real syllables; other bytes decode to junk like "cafÃ(".
    good = sum(1 for w in accented if syllable.fullmatch(w))
    return text if good / len(accented) >= 0.8 else None


def normalize(text: str) -> str:
    """NFC, one kind of newline, no invisible or control characters (a terminal escape in an
    article must never reach a terminal or a database), non-breaking spaces as spaces."""
    text = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(lambda m: "\n" if m.group() == "\f" else "", text)
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text)


def _require_text(name: str, text: str) -> str:
    if not text.strip():
        raise InputError(name, "contains no text")
    return text


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(body|article|p|div|h1)[\s>]", head))


def html_to_text(html: str, name: str = "input") -> str:
    """Main content of a web page through trafilatura, headlines and images marked."""
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it
    except ImportError as exc:
        raise ClaimsError(f"HTML support is not installed ({exc}); run: pip install -r requirements.txt") from None

    extracted = trafilatura.extract(
        html, output_format="markdown", include_images=True, include_tables=True,
        include_comments=False, include_links=False, favor_recall=True, deduplicate=False,
    )
    if not extracted or not extracted.strip():
        raise InputError(name, "no article text could be found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title or "").strip() if meta is not None else ""
    lines = [ln.rstrip() for ln in extracted.splitlines()]
    if title and not any(title in ln for ln in lines[:3]):
        lines.insert(0, f"# {title}")
    return "\n".join(lines)


def docx_to_text(data: bytes, name: str = "input") -> str:
    """Paragraphs of a Word document; heading styles become `# ` lines, captions images."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(name, "is not a valid .docx file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise InputError(name, "is not a valid .docx file (a zip without word/document.xml)")
            unpacked = sum(max(0, info.file_size) for info in zf.infolist())
            if unpacked > MAX_DOCX_UNPACKED or len(zf.infolist()) > MAX_DOCX_MEMBERS:
                raise InputError(name, f"is not accepted as a .docx: it unpacks to {unpacked:,} bytes in "
                                       f"{len(zf.infolist()):,} parts (the limit is {MAX_DOCX_UNPACKED:,} bytes, "
                                       f"{MAX_DOCX_MEMBERS:,} parts)")
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises several unrelated types for damaged files
        raise InputError(name, f"is not a readable .docx file ({type(exc).__name__})") from None
    lines: list[str] = []
    size = 0
    for para in document.paragraphs:
        text = para.text.strip()
        size += len(text.encode("utf-8")) + 2
        if size > MAX_BYTES:
            raise too_large(name, size, "its text alone is over ")
        if not text:
            continue
        style = (para.style.name if para.style is not None else "").lower()
        if style.startswith(("heading", "title")):
            lines.append(f"# {text}")
        elif style.startswith("caption"):
            lines.append(f"![{text}]()")
        else:
            lines.append(text)
        lines.append("")
    return "\n".join(lines)
