"""The command line and the archive (issue 13, defect 9): a stored article printed with its
editors' reviews, saying it comes from the archive; the audit trail on the command line."""
import json

import pytest
from click.testing import CliRunner

from claims import desk, store
from claims.auth import Account
from claims.cli import main
from conftest import EXAMPLES

AN = Account("Nguyễn An <an@toasoan.vn>", "an@toasoan.vn", "reviewer", True)


@pytest.fixture
def stored(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/cli.db"
    monkeypatch.setenv("CLAIMS_DB_URL", url)
    engine = store.make_engine(url)
    (aid,) = desk.analyze_input(engine, (EXAMPLES / "lu-quet-son-vy.txt").read_bytes(), "lu-quet-son-vy.txt",
                                use_nlp=False)
    desk.save_review(engine, aid, 7, "needs_source", "ai là cán bộ xã?", by=AN)
    return engine, aid


def test_show_prints_the_stored_article_with_its_reviews(stored):
    engine, aid = stored
    res = CliRunner().invoke(main, ["show", str(aid)])
    assert res.exit_code == 0, res.output
    assert res.stderr.startswith(f"note: from the archive (article {aid}, first analysed 20")
    assert "no new analysis; 1 reviewed sentences, 1 review changes" in res.stderr
    assert "review: needs_source — ai là cán bộ xã? (by Nguyễn An <an@toasoan.vn>, 20" in res.stdout
    report_id = desk.open_article(engine, aid).report.id
    d = json.loads(CliRunner().invoke(main, ["show", report_id, "--format", "json"]).stdout)
    assert d["articles"][0]["sentences"][7]["review"]["history"][0]["reviewer"] == AN.name


def test_show_of_an_unknown_article_is_one_line(stored):
    res = CliRunner().invoke(main, ["show", "999"])
    assert res.exit_code == 4 and res.stderr.startswith("error: no stored article '999'")


def test_audit_lists_every_change(stored):
    engine, aid = stored
    desk.save_review(engine, aid, 7, "ok", "đã hỏi", by=AN)
    res = CliRunner().invoke(main, ["audit"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 2
    assert "Nguyễn An <an@toasoan.vn> review: Lũ quét ở huyện Sơn Vỹ khiến 12 người thiệt mạng" in lines[0]
    assert lines[0].endswith("sentence 7: needs_source -> ok (đã hỏi)")
    rows = json.loads(CliRunner().invoke(main, ["audit", "--article", str(aid), "--format", "json"]).stdout)
    assert [(r["old_status"], r["new_status"]) for r in rows] == [("needs_source", "ok"), ("", "needs_source")]


def test_analyze_says_when_a_report_comes_from_the_archive(stored):
    res = CliRunner().invoke(main, ["analyze", str(EXAMPLES / "lu-quet-son-vy.txt")])
    assert res.exit_code == 0, res.output
    assert "from the archive" in res.stderr
    assert "review: needs_source" in res.stdout
    forced = CliRunner().invoke(main, ["analyze", str(EXAMPLES / "lu-quet-son-vy.txt"), "--force"])
    assert forced.exit_code == 0 and "from the archive" not in forced.stderr
