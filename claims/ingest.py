"""Bytes in, text out: encoding detection, NFC, and HTML / .docx extraction.

The text handed on is plain Unicode (NFC) with two light markers that `clean` understands:
`# ` before a headline and `![alt](src)` for an image, the same shapes Markdown uses, so a
pasted Markdown article and an extracted web page travel the same road.
"""
from __future__ import annotations

import io
import re
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

# Magic numbers of formats that are certainly not article text.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"PK\x03\x04", b"\x1f\x8b")
# Zero-width and other invisible characters that break word matching (ZWSP, ZWNJ, ZWJ, BOM, soft hyphen).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
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
    """Read a path (or "-" for stdin) and return its text, or raise InputError."""
    if name == "-":
        data = sys.stdin.buffer.read()
        return read_bytes(data, name)
    path = Path(name)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a directory, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"is too large for one article ({size / 1e6:.1f} MB; the limit is "
                                   f"{MAX_BYTES / 1e6:.1f} MB): split it into articles")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, name, suffix=path.suffix.lower())


def read_bytes(data: bytes, name: str, suffix: str | None = None) -> RawDocument:
    """Decode bytes that came from a file, an upload or stdin."""
    if suffix is None:
        suffix = Path(name).suffix.lower() if name != "-" else ""
    if not data.strip():
        raise InputError(name, "is empty")
    if len(data) > MAX_BYTES:
        raise InputError(name, f"is too large for one article ({len(data) / 1e6:.1f} MB; the limit is "
                               f"{MAX_BYTES / 1e6:.1f} MB): split it into articles")
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
    """Return (text, encoding name). UTF-8 (with or without BOM), UTF-16/32, Windows-1258."""
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
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        text = _decode_cp1258(data)
        if text is None:
            raise InputError(name, f"is not valid UTF-8 (bad byte at offset {exc.start}) and not Windows-1258 text") from None
        encoding = "windows-1258"
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 50):
        raise InputError(name, "is binary data (too many control characters), not text")
    return text, encoding


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
    """NFC, one kind of newline, no invisible characters, non-breaking spaces as spaces."""
    text = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
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
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises several unrelated types for damaged files
        raise InputError(name, f"is not a readable .docx file ({type(exc).__name__})") from None
    lines: list[str] = []
    for para in document.paragraphs:
        text = para.text.strip()
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
