"""Fresh-eyes cross round 13 (twelfth session): a correction notice that marks its corrections
corrects nothing with its other figures; sums from two givers are two payments; a figure's own
clause says whether it is a whole; the evacuated and the rescued counted as workers and as people
are their own counts. Every sentence was written for the project."""
from dataclasses import replace

from claims.analyze import analyze_text
from claims.conflicts.frames import frames
from claims.store import store_reports
from claimviews import ACROSS, kinds, view

PUBLISHED = """# Xuất khẩu 9 tháng của tỉnh Hòa Lâm tăng mạnh

Theo Sở Công Thương tỉnh Hòa Lâm, kim ngạch xuất khẩu 9 tháng của tỉnh đạt 3,74 tỷ USD.

Trong đó, nhóm hàng thủy sản đạt 1,12 tỷ USD.

Kim ngạch nhập khẩu của tỉnh trong 9 tháng đạt 2,1 tỷ USD.
"""
NOTICE = """# Đính chính số liệu xuất khẩu 9 tháng của tỉnh Hòa Lâm

Do nhầm lẫn khi tổng hợp, bài viết nêu kim ngạch xuất khẩu 9 tháng của tỉnh đạt 3,74 tỷ USD, con số chính xác là 3,47 tỷ USD.

Số liệu của 8 doanh nghiệp bị cộng trùng, khiến tổng kim ngạch bị đội lên khoảng 270 triệu USD.

Cả năm, kim ngạch xuất khẩu của tỉnh dự kiến đạt khoảng 4,6 tỷ USD.
"""


def test_a_notice_that_marks_its_corrections_corrects_nothing_with_its_other_figures(engine):
    (a,) = analyze_text(PUBLISHED, "a.txt", use_nlp=False)
    (b,) = analyze_text(NOTICE, "b.txt", use_nlp=False)
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    cross = sorted((x.kind, x.sentence, x.other_sentence) for x in sb.conflicts if x.other_article)
    assert cross == [("correction", 1, 1)]


def test_an_unmarked_notice_still_corrects_with_every_figure():
    published = view(0, "Kim ngạch nhập khẩu của tỉnh Hòa Lâm trong 9 tháng đạt 2,1 tỷ USD, tăng nhẹ so với cùng kỳ.")
    notice = view(1, "Sau 9 tháng, doanh nghiệp của tỉnh nhập khẩu đạt 2,4 tỷ USD, chủ yếu là máy móc và nguyên liệu.")
    ctx = replace(ACROSS, notice="a")
    assert kinds(notice, published, ctx) == ["correction"]
    assert kinds(notice, published, replace(ctx, notice_marked=True)) == []


def test_a_paragraph_the_notice_prints_again_corrected_still_corrects_its_original():
    published = view(0, "Theo Cục Thống kê tỉnh Hòa Lâm, GRDP 9 tháng của tỉnh ước tăng 7,4% so với cùng kỳ năm trước.")
    reprint = view(1, "Theo Cục Thống kê tỉnh Hòa Lâm, GRDP 9 tháng của tỉnh ước tăng 4,7% so với cùng kỳ năm trước.")
    assert kinds(reprint, published, replace(ACROSS, notice="a", notice_marked=True)) == ["correction"]


def test_sums_from_two_givers_are_two_payments():
    firm = view(0, "Nhà xe cam kết hỗ trợ 20 triệu đồng cho mỗi gia đình có người tử vong "
                   "và 5 triệu đồng cho mỗi người bị thương.")
    province = view(1, "UBND tỉnh Lâm Hà quyết định hỗ trợ 10 triệu đồng cho mỗi gia đình có người tử vong "
                       "và 3 triệu đồng cho mỗi người bị thương.")
    assert kinds(firm, province) == []
    again = view(2, "UBND tỉnh hỗ trợ 15 triệu đồng cho mỗi gia đình có người tử vong "
                    "và 3 triệu đồng cho mỗi người bị thương.")
    assert kinds(again, province) != []  # the same giver named shorter: one payment, told two ways


def test_a_whole_named_in_another_clause_is_not_the_figures():
    text = "Doanh nghiệp đã dừng thi công toàn bộ các mũi và sơ tán 120 công nhân đến nơi an toàn."
    (fr,) = [f for f in frames(text, view(0, text).figures, None, None) if f.figure.text == "120 công nhân"]
    assert fr.scope is None and fr.harm == "evacuated"


def test_the_rescued_are_a_count_of_their_own_and_only_of_people_brought_out_alive():
    morning = view(0, "Lực lượng tại chỗ đã cứu được 9 người ra khỏi đống đổ nát.")
    evening = view(1, "Đến 18h, lực lượng cứu hộ đã cứu được 12 người ra khỏi đống đổ nát.")
    assert kinds(evening, morning) == ["update"]
    for text in ("Các bác sĩ đã không cứu được 2 nạn nhân.", "Người dân đã giải cứu 300 tấn thanh long."):
        assert [f.harm for f in frames(text, view(0, text).figures, None, None)] == [None]
    # a school's pupils evacuated, one boat's rescued: often a part of the others' count
    pupils = view(2, "Trường Trà Leng đã sơ tán 350 học sinh đến nơi an toàn.")
    people = view(3, "Chính quyền huyện đã sơ tán 1.200 người dân khỏi vùng nguy hiểm.")
    assert kinds(pupils, people) == []
