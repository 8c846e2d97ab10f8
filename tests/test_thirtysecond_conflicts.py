"""Thirty-second session, conflicts inside one article: a figure its sentence sets against another
source's by name ("cao hơn nhiều con số công an công bố", "ít hơn 260 ca so với số liệu của Sở Y
tế") meets that source's figure of the same thing, however differently the two are worded; "theo
cùng bản tin" credits the bulletin named before. Sentences written for the project."""
from claims import lexicon
from claims.conflicts.rebuttals import source_set_against
from claimviews import conflict_pairs, first_source, kinds_between

VI = lexicon.get("vi")

FRAUD = """Lừa đảo bán đất nền qua mạng.

Cơ quan công an xác định có 26 người ở ba tỉnh đã chuyển tiền cho Hưng, tổng số tiền hơn 2,8 tỷ đồng.

Anh Tuấn, một bị hại ở Bình Dương, thì cho biết nhóm bị hại tự thống kê được hơn 4,5 tỷ đồng, cao hơn nhiều con số công an công bố.
"""


def test_a_figure_set_against_a_named_sources_meets_it():
    assert "number_mismatch" in kinds_between(conflict_pairs(FRAUD), 2, 1)


def test_a_comparison_that_names_no_source_links_nothing():
    text = FRAUD.replace("cao hơn nhiều con số công an công bố", "cao hơn nhiều so với năm ngoái")
    assert not kinds_between(conflict_pairs(text), 2, 1)


def test_the_gap_itself_is_not_the_figure_compared():
    text = """Số ca sởi ở Tây Nguyên.

Theo báo cáo của Cục Phòng bệnh, từ đầu năm tỉnh Kon Tum ghi nhận 840 ca sởi.

Tuy nhiên, báo cáo của Sở Y tế Kon Tum chỉ ghi nhận 610 ca sởi từ đầu năm, ít hơn 230 ca so với số liệu của Cục Phòng bệnh.
"""
    pairs = conflict_pairs(text)
    assert "number_mismatch" in kinds_between(pairs, 2, 1)
    (rep,) = __import__("claims.analyze", fromlist=["analyze_text"]).analyze_text(text)
    assert all("230" not in (c.figure or "") for c in rep.conflicts)


def test_who_gave_the_other_figure_is_read_from_the_comparison():
    assert source_set_against("hóa đơn sẽ tăng 42.000 đồng, cao gần gấp rưỡi con số EVN đưa ra.", VI) == "evn"
    assert source_set_against("nhiều hơn 700 người so với số liệu doanh nghiệp công bố.", VI) == "doanh nghiệp"
    assert source_set_against("Năm nay sản lượng cao hơn năm ngoái.", VI) is None


def test_the_same_bulletin_is_the_one_named_before():
    text = """Theo bản tin giám sát của Cục Phòng bệnh công bố ngày 24/2, cả nước ghi nhận 1.820 ca sởi trong tuần.

Gia Lai dẫn đầu với 214 ca trong tuần, theo cùng bản tin.
"""
    assert first_source(text, 1) == ("bản tin giám sát của Cục Phòng bệnh", "document")
