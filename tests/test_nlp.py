"""The committed models load through the real `stanza.Pipeline`, offline."""
from pathlib import Path

import pytest

from claims import nlp


def test_bundled_models_are_committed_and_described():
    info = nlp.model_info()
    if info.kind == "official":
        pytest.skip("official Stanza models are installed and take precedence")
    for name in ("tokenize", "pos", "pretrain"):
        assert name in info.paths
    total = sum(Path(path).stat().st_size for path in info.paths.values())
    assert total <= 25 * 1024 * 1024


def test_pipeline_is_a_real_stanza_pipeline_and_cached(pipeline):
    import stanza

    assert isinstance(pipeline, stanza.Pipeline)
    assert nlp.get_pipeline("vi") is pipeline


def test_parse_gives_words_pos_and_offsets(pipeline):
    text = "Ông Nguyễn Văn An cho biết 25 người đã được sơ tán khỏi Hà Nội."
    (sent,) = nlp.parse([text])
    assert sent.text == text
    assert sent.tokens, "no tokens"
    for tok in sent.tokens:
        assert tok.upos
        assert text[tok.start:tok.end] == tok.text
    upos = {t.text: t.upos for t in sent.tokens}
    assert upos.get("25") == "NUM"
    assert any(t.upos == "VERB" for t in sent.tokens)


def test_empty_input_returns_early():
    assert nlp.parse([]) == []


def test_unknown_language_is_a_model_error():
    from claims.errors import ModelError

    with pytest.raises(ModelError):
        nlp.get_pipeline("xx")


def test_torch_runs_on_the_threads_chosen_here(pipeline, monkeypatch):
    import torch

    torch.set_num_threads(2)
    nlp.parse(["Ông Nguyễn Văn An cho biết cầu đã thông xe."])
    assert torch.get_num_threads() == nlp.DEFAULT_THREADS == 1
    monkeypatch.setenv(nlp.THREADS_ENV, "2")
    assert nlp.set_threads() == 2 and torch.get_num_threads() == 2
    monkeypatch.setenv(nlp.THREADS_ENV, "zero")
    assert nlp.set_threads() == 1 and torch.get_num_threads() == 1


def test_sentences_are_parsed_once_per_process(pipeline, monkeypatch):
    seen = []
    real = nlp._parse_segmented

    def counting(texts, lang, mode):
        seen.extend(texts)
        return real(texts, lang, mode)

    monkeypatch.setattr(nlp, "_parse_segmented", counting)
    monkeypatch.setenv("CLAIMS_SEGMENTER", "underthesea")
    nlp.clear_cache()
    a, b = "Bà Lò Thị Mai kể lại nước lên rất nhanh.", "Theo Bộ Y tế, 12 ca mắc mới được ghi nhận."
    first = nlp.parse([a, b, a])
    assert seen == [a, b]
    assert first[0] is first[2] and first[0].text == a
    again = nlp.parse([b, a])
    assert seen == [a, b], "a cached sentence was parsed again"
    assert again == [first[1], first[0]]
    nlp.clear_cache()
    assert nlp.parse([a]) == [first[0]] and seen == [a, b, a]


def test_the_stanza_tagger_is_still_there_and_cached_apart(pipeline, monkeypatch):
    """`CLAIMS_TAGGER=stanza` parses with Stanza's tagger; its parses are not served from the
    CRF path's cache entries (the tagging mode is part of the key)."""
    text = "Ông Lê Văn Tám cho biết đoàn cứu hộ đã đến hiện trường."
    monkeypatch.setenv("CLAIMS_SEGMENTER", "underthesea")
    nlp.clear_cache()
    (ours,) = nlp.parse([text])
    monkeypatch.setenv("CLAIMS_TAGGER", "stanza")
    (stanzas,) = nlp.parse([text])
    assert stanzas is not ours
    assert [t.text for t in stanzas.tokens] == [t.text for t in ours.tokens]
    assert all(t.upos and t.head is not None for t in stanzas.tokens)


def test_loading_the_models_builds_nothing_for_training():
    """Stanza's tagger would build an optimizer, and the first one imports torch._dynamo (most of
    the model load): the pipeline is built without it, and still parses."""
    import subprocess
    import sys

    from conftest import ROOT

    code = ("import sys\nfrom claims import nlp\nnlp.load()\n"
            "print(len(nlp.parse(['Ông Nguyễn Văn An cho biết cầu đã thông xe.'])[0].tokens), "
            "'torch._dynamo' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    tokens, dynamo = out.stdout.split()
    assert int(tokens) >= 5 and dynamo == "False"


def test_a_name_joined_to_its_cue_is_credited_by_name():
    from claims.analyze import analyze_text

    report = analyze_text("Bị cáo Lê Quốc Trung từng là giám đốc công ty.\n\n"
                          "Tại tòa, Trung thừa nhận có ký các hợp đồng với khách.\n\n"
                          "\"Công ty mất khả năng chi trả vì thị trường đóng băng\", Trung khai.")[0]
    sources = [s.attributions[0].source if s.attributions else None for s in report.sentences]
    assert sources[1:] == ["Lê Quốc Trung", "Lê Quốc Trung"]
