import io
import unicodedata
import zipfile

import pytest

from claims.errors import InputError
from claims.ingest import decode, read_bytes, read_input

VI = "Ông Nguyễn Văn Hùng cho biết 25 người đã được sơ tán khỏi vùng lũ."


def test_utf8_with_and_without_bom():
    assert decode(VI.encode("utf-8"))[0] == VI
    text, enc = decode(b"\xef\xbb\xbf" + VI.encode("utf-8"))
    assert text == VI and enc == "utf-8-sig"


def test_utf16_with_bom_and_without():
    assert decode(VI.encode("utf-16"))[0] == VI
    text, enc = decode(VI.encode("utf-16-le"))
    assert text == VI and enc == "utf-16-le"


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: letters with circumflex/breve/horn precomposed, tones combining."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        for k in range(len(marks), -1, -1):  # keep as many marks on the base as cp1258 has
            head = unicodedata.normalize("NFC", base + marks[:k])
            try:
                out += head.encode("cp1258") + marks[k:].encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
    return out


def test_windows_1258_legacy_vietnamese_is_read_and_composed():
    # cp1258 writes tones as combining marks; the result must be NFC like any other input
    raw = to_cp1258(VI)
    assert raw != VI.encode("utf-8")
    doc = read_bytes(raw, "legacy.txt")
    assert doc.encoding == "windows-1258"
    assert doc.text == VI
    assert unicodedata.is_normalized("NFC", doc.text)


def test_nfd_input_is_normalised_to_nfc():
    doc = read_bytes(unicodedata.normalize("NFD", VI).encode("utf-8"), "nfd.txt")
    assert doc.text == VI


@pytest.mark.parametrize("data,problem", [
    (b"", "is empty"),
    (b"   \n\t  ", "is empty"),
    (b"\x00\x01\x02\x03binary\x00\x00\xff" * 10, "binary"),
    (b"%PDF-1.7 something", "binary"),
])
def test_bad_bytes_are_refused_with_a_named_problem(data, problem):
    with pytest.raises(InputError) as info:
        read_bytes(data, "bad.txt")
    assert problem in str(info.value)
    assert str(info.value).startswith("bad.txt: ")


def test_invalid_utf8_that_is_not_legacy_text_is_refused():
    broken = VI.encode("utf-8") + b"\xc3\x28 and more \xe2\x82" + VI.encode("utf-8")
    with pytest.raises(InputError, match="not valid UTF-8"):
        read_bytes(broken, "broken.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_input(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="directory"):
        read_input(str(tmp_path))


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "a.pdfx"
    p.write_text(VI, encoding="utf-8")
    with pytest.raises(InputError, match="unsupported file type"):
        read_input(str(p))


def test_html_goes_through_the_extractor_and_drops_scripts():
    html = (f"<html><head><title>Tiêu đề thử</title><script>alert('x')</script></head><body>"
            f"<nav>Trang chủ | Thời sự</nav><article><h1>Tiêu đề thử</h1><p>{VI}</p>"
            f"<p>Bà Lê Thị Hoa nói rằng nước đã rút vào chiều qua ở nhiều xã ven sông.</p></article></body></html>")
    doc = read_bytes(html.encode("utf-8"), "page.html")
    assert doc.fmt == "html"
    assert VI in doc.text
    assert "alert" not in doc.text
    assert "# Tiêu đề thử" in doc.text


def _docx_bytes(paragraphs):
    import docx

    d = docx.Document()
    d.add_heading("Mưa lớn ở miền núi", level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_headings():
    doc = read_bytes(_docx_bytes([VI]), "bai.docx")
    assert doc.fmt == "docx"
    assert "# Mưa lớn ở miền núi" in doc.text
    assert VI in doc.text


def test_docx_that_is_a_zip_of_something_else():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "not a word document")
    with pytest.raises(InputError, match="not a valid .docx"):
        read_bytes(buf.getvalue(), "fake.docx")
    with pytest.raises(InputError, match="not a valid .docx"):
        read_bytes(b"plain text pretending", "fake2.docx")
