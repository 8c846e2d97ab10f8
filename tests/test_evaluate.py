import json

from claims.evaluate import align, evaluate, format_scores, source_match


def test_source_match_is_fuzzy_after_titles():
    assert source_match("Esmail Qaani", "Tướng Esmail Qaani")
    assert source_match("hãng tin Reuters", "Reuters")
    assert not source_match("Gaza", "Bộ Y tế tại Gaza")
    assert not source_match("Joe Biden", "Jill Biden")


def test_evaluate_on_a_gold_file_written_for_the_test(tmp_path):
    (tmp_path / "dev").mkdir()
    text = ("Theo Sở Y tế tỉnh Lam Hà, 14 người phải nhập viện sau bữa tiệc cưới. "
            "Các bệnh nhân đều đã ổn định. Bà Kiều Thị Nga, người nhà một bệnh nhân, cho biết món gỏi có mùi lạ.")
    gold = {"id": "t-1", "lang": "vi", "text": text, "conflicts": [], "sentences": [
        {"i": 0, "text": "Theo Sở Y tế tỉnh Lam Hà, 14 người phải nhập viện sau bữa tiệc cưới.", "kind": "body",
         "claim": True, "attributed": True, "source": "Sở Y tế tỉnh Lam Hà", "source_type": "organization",
         "cue": "Theo", "quote": "indirect", "numbers": ["14 người"]},
        {"i": 1, "text": "Các bệnh nhân đều đã ổn định.", "kind": "body", "claim": True, "attributed": True,
         "source": "Sở Y tế tỉnh Lam Hà", "source_type": "organization", "cue": "Theo", "quote": "indirect", "numbers": []},
        {"i": 2, "text": "Bà Kiều Thị Nga, người nhà một bệnh nhân, cho biết món gỏi có mùi lạ.", "kind": "body",
         "claim": True, "attributed": True, "source": "Kiều Thị Nga", "source_type": "person", "cue": "cho biết",
         "quote": "indirect", "numbers": []},
    ]}
    (tmp_path / "dev" / "t1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    scores = evaluate(tmp_path, use_nlp=False)
    d = scores.as_dict()
    assert d["documents"] == 1 and d["sentence_alignment"] == 1.0
    # sentence 1 is deliberately credited in the gold: the checker leaves it unattributed -> one miss
    assert d["attribution"] == {"precision": 1.0, "recall": round(2 / 3, 3), "f1": 0.8}
    assert d["source"]["precision"] == 1.0
    assert "attribution fn" in scores.errors and len(scores.errors["attribution fn"]) == 1
    assert "precision by confidence" in format_scores(scores, with_errors=True)


def test_align_tolerates_a_missing_sentence():
    class P:
        def __init__(self, t):
            self.text = t
    gold = [{"text": "Câu một khá dài để so khớp."}, {"text": "Câu hai cũng dài như vậy."}, {"text": "Câu ba kết thúc."}]
    pred = [P("Câu một khá dài để so khớp."), P("Câu ba kết thúc.")]
    assert align(gold, pred) == [0, None, 1]


def test_project_gold_set_scores_hold():
    """Regression guard on the invented, annotated articles in eval/gold-vi (see its README):
    the figures after this set was used for error finding, minus a small margin."""
    from pathlib import Path

    scores = evaluate(Path(__file__).resolve().parent.parent / "eval" / "gold-vi", use_nlp=True).as_dict()
    assert scores["documents"] == 40 and scores["sentence_alignment"] >= 0.99
    assert scores["claim"]["f1"] >= 0.97
    assert scores["attribution"]["f1"] >= 0.95
    assert scores["source"]["f1"] >= 0.93
    assert scores["numbers"]["f1"] >= 0.92  # one writer keeps "6h45" and "sáng 14/3" apart; dev joins them
    assert scores["conflicts"]["found"] >= 15


def test_a_name_with_its_short_form_in_brackets_matches_either_form():
    assert source_match("EVN", "Tập đoàn Điện lực Việt Nam (EVN)")
    assert source_match("Tập đoàn Điện lực Việt Nam (EVN)", "Tập đoàn Điện lực Việt Nam")
    assert source_match("Công ty Hưng Phát (HP Foods)", "HP Foods")
    assert not source_match("Tập đoàn Điện lực Việt Nam (EVN)", "Bộ Công Thương")
    assert not source_match("EVN", "WHO")
