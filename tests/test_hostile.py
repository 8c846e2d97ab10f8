"""Hostile and odd inputs, each with its expected outcome, through the CLI; plus properties."""
import io
import json
import unicodedata
import zipfile

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.analyze import analyze_text
from claims.attribution import SentenceIn, attribute
from claims.clean import clean_text
from claims.cli import main

VI = "Ông Trịnh Văn Quý cho biết 14 hộ dân đã được di dời khỏi vùng sạt lở."


def zip_of_text():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hello")
    return buf.getvalue()


CASES = [
    # (file name, bytes, expected exit, expected text in output or error)
    ("empty.txt", b"", 2, "is empty"),
    ("blank.txt", b" \n\t \n", 2, "is empty"),
    ("binary.txt", bytes(range(256)) * 4, 2, "binary"),
    ("bad-utf8.txt", b"abc \xff\xfe\xfd def \xc3\x28" * 5, 2, "not valid UTF-8"),
    ("utf16.txt", VI.encode("utf-16"), 0, "Trịnh Văn Quý"),
    ("nfd.txt", unicodedata.normalize("NFD", VI).encode("utf-8"), 0, "Trịnh Văn Quý"),
    ("fake.docx", zip_of_text(), 2, "not a valid .docx"),
    ("scripts.html", ("<html><body><script>alert('x')</script><iframe src='http://x'></iframe><article><h1>Tin thử</h1>"
                      f"<p>{VI}</p><p>Mưa lớn khiến nhiều tuyến đường ở huyện miền núi bị chia cắt trong hai ngày qua.</p>"
                      "</article></body></html>").encode("utf-8"), 0, "Trịnh Văn Quý"),
    ("quotes.txt", ('Ông Lò Văn Pá nói: "Nước lên “rất nhanh, "chúng tôi" không kịp. Bà Lò Thị Én nói thêm rằng '
                    'cả bản đã sơ tán.').encode("utf-8"), 0, "Lò Văn Pá"),
    ("mixed.txt", ("Reuters said the talks would resume on Monday. Theo Reuters, các cuộc đàm phán sẽ nối lại vào thứ Hai. "
                   'Ông Kim nói: "We will not give up".').encode("utf-8"), 0, "Reuters"),
]


@pytest.mark.parametrize("name,data,code,expect", CASES, ids=[c[0] for c in CASES])
def test_hostile_inputs(tmp_path, monkeypatch, name, data, code, expect):
    monkeypatch.setenv("CLAIMS_DB_URL", f"sqlite:///{tmp_path}/h.db")
    path = tmp_path / name
    path.write_bytes(data)
    res = CliRunner().invoke(main, ["analyze", str(path), "--format", "json"])
    assert res.exit_code == code, res.output
    assert "Traceback" not in res.output
    if code:
        assert expect in res.stderr and res.stderr.count("\n") == 1
    else:
        d = json.loads(res.stdout)
        assert expect in json.dumps(d, ensure_ascii=False)
        for art in d["articles"]:
            assert "<script" not in json.dumps(art, ensure_ascii=False)


def test_long_sentence_without_punctuation_is_cut_into_bounded_pieces():
    from claims.sentences import MAX_UNIT_TOKENS

    text = " ".join(["người dân địa phương tiếp tục dọn dẹp bùn đất sau lũ"] * 450)  # about 5,000 words
    (rep,) = analyze_text(text, use_nlp=False)
    assert len(rep.sentences) == -(-5400 // MAX_UNIT_TOKENS)
    assert all(len(s.text.split()) <= MAX_UNIT_TOKENS for s in rep.sentences)
    assert " ".join(s.text for s in rep.sentences) == text  # nothing lost, nothing doubled


def test_ten_megabytes_are_refused_at_once_with_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMS_DB_URL", f"sqlite:///{tmp_path}/big.db")
    path = tmp_path / "big.txt"
    path.write_bytes(((VI + " ") * 40 + "\n\n").encode("utf-8") * 2700)
    assert path.stat().st_size >= 10_000_000
    res = CliRunner().invoke(main, ["analyze", str(path)])
    assert res.exit_code == 2
    assert "too large for one article" in res.stderr and res.stderr.count("\n") == 1


def test_ten_megabytes_of_text_are_cleaned(tmp_path):
    """The cleaning step itself copes with that much text (the size limit is a policy, not a crutch)."""
    para = (VI + " ") * 40 + "\n\n"
    text = para * (10_000_000 // len(para.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= 10_000_000
    arts = clean_text(text)
    assert arts and sum(len(a.units) for a in arts) > 10_000


vi_text = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                                                  "AĂÂĐÊÔƠƯ .,:;!?\"“”‘’()-–\n0123456789/%")), max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vi_text)
def test_cleaning_never_fails_and_offsets_hold(text):
    for art in clean_text(text):
        for u in art.units:
            assert art.text[u.start:u.end] == u.text
            assert u.text == u.text.strip() and u.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(vi_text, min_size=1, max_size=6))
def test_attribution_never_fails_and_stays_in_range(sentences):
    results = attribute([SentenceIn(s) for s in sentences if s.strip()])
    for r in results:
        assert set(r.flags) <= {"unattributed", "anonymous_source", "hedged", "conflict"}
        for a in r.attributions:
            assert a.source and 0.0 <= a.confidence <= 1.0
            assert a.source_type in ("person", "organization", "media", "document", "anonymous")
