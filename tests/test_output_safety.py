"""Output is never an attack on its reader: exports, the terminal report and search treat what
an article holds as text."""
import csv
import io
import json
from html.parser import HTMLParser

from click.testing import CliRunner
from markdown_it import MarkdownIt

from claims.analyze import ArticleReport, SentenceReport, analyze_text
from claims.attribution import Attribution
from claims.cli import main
from claims.report import escape_markdown, render, terminal_safe

HOSTILE = ("# Tin <script>alert('t')</script> ![x](http://evil.example/t.png)\n\n"
           "Ông Lý Văn Hải cho biết <script>alert(1)</script> và <img src=x onerror=alert(2)> "
           "cùng <svg onload=alert(3)> đã bị chặn [bấm vào](javascript:alert(4)) ![ảnh](http://evil.example/a.png).\n\n"
           "Bà Vi Thị Sen nói trang http://evil.example/x và <a href=\"javascript:alert(5)\">đây</a> là giả.")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.extend(attrs)


def rendered_tags(markdown: str) -> _Tags:
    parser = _Tags()
    parser.feed(MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown))
    return parser


def test_markdown_export_renders_as_text_only():
    md = render(analyze_text(HOSTILE, use_nlp=False), "md")
    found = rendered_tags(md)
    assert found.tags <= {"h1", "h2", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "strong", "code",
                          "blockquote", "br"}, found.tags
    assert found.attrs == [] or all(k == "style" and v.startswith("text-align") for k, v in found.attrs), found.attrs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in MarkdownIt("commonmark", {"html": True}).enable("table").render(md)


def test_escape_markdown_neutralises_every_construct():
    for text in ("![i](http://x/y.png)", "[l](javascript:alert(1))", "<b>x</b>", "$x^2$", ":red[đỏ]", "`code`",
                 "**đậm**", "| a | b |", "# tiêu đề"):
        html = MarkdownIt("commonmark", {"html": True}).render(escape_markdown(text))
        assert "<img" not in html and "<a " not in html and "<b>" not in html and "<code>" not in html
        assert "<strong>" not in html and "<h1>" not in html


def _report(title: str, sentence: str) -> ArticleReport:
    att = Attribution("+Nguyễn Văn A", "@Nguyễn Văn A", "person", "=cho biết", "indirect", 0.9)
    s = SentenceReport(0, sentence, 0, len(sentence), "body", True, (att,), (), ())
    return ArticleReport("a" * 12, "x.txt", title, "vi", sentence, "a" * 64, (s,), ())


def test_no_csv_cell_starts_a_formula():
    rep = _report("=HYPERLINK(\"http://evil\",\"bấm\")", "-2+3 là kết quả ông A nói.")
    rows = list(csv.reader(io.StringIO(render([rep], "csv").lstrip("\ufeff"))))
    for row in rows[1:]:
        for cell in row:
            assert not cell[:1] in ("=", "+", "-", "@", "\t", "\r"), cell
    assert rows[1][1].startswith("'=HYPERLINK")


def test_sources_csv_is_neutralised_too(tmp_path):
    url = f"sqlite:///{tmp_path}/s.db"
    path = tmp_path / "a.txt"
    path.write_text("Theo @Công ty Sao Mai, 12 người bị thương. Theo =Bộ Xây dựng, cầu đã đóng.", encoding="utf-8")
    assert CliRunner().invoke(main, ["analyze", str(path), "--db", url]).exit_code == 0
    res = CliRunner().invoke(main, ["sources", "--db", url, "--format", "csv"])
    assert res.exit_code == 0
    for row in list(csv.reader(io.StringIO(res.stdout)))[1:]:
        assert all(not c[:1] in ("=", "+", "-", "@") for c in row), row


def test_terminal_report_carries_no_escape_sequences():
    rep = _report("Tin \x1b]0;bị chiếm\x07 thử", "Ông A nói \x1b[2J\x1b[32mOK\x1b[0m \u202eđảo chiều.")
    out = render([rep], "text")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "OK" in out and terminal_safe("a\tb\nc") == "a\tb\nc"


def test_escape_characters_in_input_never_reach_the_report():
    (rep,) = analyze_text("Ông Lý Văn Hải cho biết \x1b[2Jmọi việc \x1b]0;x\x07ổn.", use_nlp=False)
    assert "\x1b" not in json.dumps([s.text for s in rep.sentences])


def test_search_treats_percent_and_underscore_as_characters(memory_engine):
    from claims import store

    for text in ("Giá xăng tăng 5% từ hôm nay, ông Đỗ Văn Hùng cho biết.",
                 "Ông Đỗ Văn Hùng cho biết giá xăng tăng năm phần trăm.",
                 "Mã hồ sơ là HS_2024, bà Lê Thị Lan cho biết."):
        store.store_reports(memory_engine, analyze_text(text, use_nlp=False))
    with store.session_scope(memory_engine) as s:
        assert len(store.list_articles(s, query="%")) == 1
        assert len(store.list_articles(s, query="_")) == 1
        assert len(store.list_articles(s, query="Văn Hùng")) == 2
