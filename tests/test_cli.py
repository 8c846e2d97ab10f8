import json

import pytest
from click.testing import CliRunner

from claims.cli import main
from conftest import CORPUS, EXAMPLES


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMS_DB_URL", f"sqlite:///{tmp_path}/cli.db")
    return CliRunner()


def test_analyze_json_on_an_example(runner):
    path = str(EXAMPLES / "nha-may-nuoc-dong-ha.md")
    res = runner.invoke(main, ["analyze", path, "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    art = d["articles"][0]
    assert art["input"] == path
    assert any(c["kind"] == "denial" for c in art["conflicts"])


@pytest.mark.parametrize("fmt,marker", [("text", "==="), ("md", "| # |"), ("csv", "article_id,"), ("html", "<!doctype html>")])
def test_analyze_formats(runner, fmt, marker):
    res = runner.invoke(main, ["analyze", str(EXAMPLES / "lu-quet-son-vy.txt"), "--format", fmt, "--no-store"])
    assert res.exit_code == 0, res.output
    assert marker in res.stdout


def test_stdin(runner):
    res = runner.invoke(main, ["analyze", "-", "--format", "json", "--no-store"],
                        input="Ông Đinh Văn Lực cho biết 7 người đã được cứu.".encode("utf-8"))
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["articles"][0]["input"] == "-"


@pytest.mark.parametrize("content,problem", [
    (None, "no such file"), (b"", "is empty"), (b"   \n ", "is empty"), (b"\x00\x01\x02" * 50, "binary"),
    (b"caf\xc3\x28 \xe2\x82 broken" * 3, "not valid UTF-8"),
])
def test_bad_input_is_one_line_exit_2_and_nothing_stored(runner, tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    res = runner.invoke(main, ["analyze", str(path)])
    assert res.exit_code == 2
    assert res.stderr.strip().count("\n") == 0
    assert problem in res.stderr and str(path) in res.stderr
    assert "Traceback" not in res.output
    res2 = runner.invoke(main, ["sources"])
    assert "no sources stored yet" in res2.stdout


def test_batch_summary_resumes_and_reports_failures(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Ông Lâm Văn Tư cho biết cầu đã thông xe.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    res = runner.invoke(main, ["analyze", str(tmp_path / "in"), "--format", "json"])
    assert res.exit_code == 2
    assert "summary: 2 inputs, 1 articles (0 already stored, skipped)" in res.stderr and "1 failures" in res.stderr
    res = runner.invoke(main, ["analyze", str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "a.txt"), "--format", "json"])
    assert "2 already stored, skipped" in res.stderr


def test_sources_and_conflicts_commands(runner):
    runner.invoke(main, ["analyze", str(EXAMPLES / "lu-quet-son-vy.txt")])
    runner.invoke(main, ["analyze", str(EXAMPLES / "lu-quet-son-vy-cap-nhat.html")])
    res = runner.invoke(main, ["sources", "--format", "json"])
    rows = json.loads(res.stdout)
    khai = [r for r in rows if r["name"] == "Trần Đức Khải"][0]
    assert khai["type"] == "person" and khai["articles"] == 2
    csv_out = runner.invoke(main, ["sources", "--format", "csv"]).stdout
    assert csv_out.startswith("id,name,type,aliases,claims,articles")
    res = runner.invoke(main, ["conflicts", "--format", "json"])
    kinds = {r["kind"] for r in json.loads(res.stdout)}
    # the later report's tolls (15 dead, 2 missing on 16/9) update the first report's (12, 5): no conflict
    assert "update" in kinds and "number_mismatch" not in kinds


def test_models_command_names_the_bundled_models(runner):
    res = runner.invoke(main, ["models"])
    assert res.exit_code == 0
    assert "models in use:" in res.stdout


def test_bad_db_url_is_a_clean_error(runner):
    res = runner.invoke(main, ["sources", "--db", "nosuchdriver://x"])
    assert res.exit_code == 4 and res.stderr.startswith("error: cannot open the database")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared dev corpus is not beside this checkout")
def test_evaluate_on_the_shared_corpus(runner):
    res = runner.invoke(main, ["evaluate", str(CORPUS), "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["documents"] == 21
    # the figures of the note; a regression below these is a real loss
    assert d["sentence_alignment"] >= 0.95
    assert d["attribution"]["f1"] >= 0.93
    assert d["source"]["f1"] >= 0.90
    assert d["claim"]["f1"] >= 0.95


def _bridge_reports(tmp_path, n: int):
    """A folder of n one-sentence articles, each with its own speaker and place."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(f"Ông Hồ Văn Lợi{i} cho biết {i + 2} cây cầu ở xã Hòa Tiến{i} đã sập.",
                                         encoding="utf-8")
    return folder


def test_jobs_two_stores_every_article_once(runner, tmp_path):
    folder = _bridge_reports(tmp_path, 3)
    res = runner.invoke(main, ["analyze", str(folder), "--jobs", "2", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)["articles"]) == 3
    assert "summary: 3 inputs, 3 articles (0 already stored, skipped)" in res.stderr
    again = runner.invoke(main, ["analyze", str(folder), "--jobs", "2", "--format", "json"])
    assert "3 already stored, skipped" in again.stderr


def test_no_report_prints_only_the_summary_and_stores_everything(runner, tmp_path):
    folder = _bridge_reports(tmp_path, 2)
    res = runner.invoke(main, ["analyze", str(folder), "--no-report", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert res.stdout == ""
    assert "summary: 2 inputs, 2 articles (0 already stored, skipped), 2 claims" in res.stderr
    again = runner.invoke(main, ["analyze", str(folder), "--format", "json"])
    assert len(json.loads(again.stdout)["articles"]) == 2 and "2 already stored, skipped" in again.stderr
