"""Thirty-fourth session, conflicts inside one article: a reason noun names a reason only when
said to be one ("nguyên nhân là", "lý do là"; not "làm rõ nguyên nhân và trách nhiệm", "không có
lý do chính đáng"); "tín hiệu" is a reading of an act only after "là" (a railway's "hệ thống tín
hiệu" is none); two kinds of one measure of money ("vốn FDI thực hiện" / "vốn điều chỉnh") are
two quantities. Sentences written for the project."""
from claims import lexicon
from claims.conflicts.measures import measure_kinds
from claims.numbers import extract
from claimviews import conflict_pairs, kinds_between

VI = lexicon.get("vi")

MINE = """Sập lò than ở Quang Hanh

Ông Phạm Văn Định, Phó giám đốc công ty, cho rằng vụ sập lò là do đá vách trượt bất ngờ ở đoạn lò mới đào.

Theo Báo Quảng Ninh, về vụ sập lò, UBND tỉnh đã giao Sở Công Thương làm rõ nguyên nhân và trách nhiệm của công ty.

Theo Sở Công Thương, vụ sập lò xảy ra khi công ty cho dừng kiểm tra mà không có lý do chính đáng.
"""


def test_clarifying_the_cause_gives_no_reason():
    assert kinds_between(conflict_pairs(MINE), 1, 2) == set()


def test_no_valid_reason_is_no_reason():
    assert kinds_between(conflict_pairs(MINE), 1, 3) == set()


def test_two_reasons_said_as_such_still_compete():
    text = """Lật tàu du lịch ở vịnh Nha Phu

Chủ tàu cho rằng tàu bị lật là do một cơn sóng lớn bất ngờ ập vào mạn trái.

Trong khi đó, Cảng vụ đường thủy cho rằng tàu bị lật vì chở quá số người cho phép.
"""
    assert "contradiction" in kinds_between(conflict_pairs(text), 1, 2)


METRO = """Tuyến metro số 2 chậm tiến độ

Theo ông Lê Văn Hòa, Trưởng ban quản lý dự án, tuyến metro chậm là do nhà thầu thiếu nhân lực.

Báo cáo của Sở Xây dựng nêu tuyến metro chậm, hệ thống tín hiệu mới đạt 81% khối lượng.
"""


def test_a_railways_signals_are_no_reading_of_an_act():
    assert kinds_between(conflict_pairs(METRO), 1, 2) == set()


FDI = """Vốn FDI quý I cao nhất 5 năm

Cùng thời gian, vốn FDI thực hiện ước đạt 5,1 tỷ USD, theo Cục Thống kê.

Vốn điều chỉnh tăng mạnh nhất, đạt 4,3 tỷ USD từ 310 lượt dự án.
"""


def test_two_kinds_of_capital_are_two_quantities():
    assert kinds_between(conflict_pairs(FDI), 1, 2) == set()


def test_the_kind_of_a_measure_is_the_words_after_it():
    text = "Vốn điều chỉnh tăng mạnh nhất, đạt 4,3 tỷ USD từ 310 lượt dự án."
    assert measure_kinds(text, extract(text)[0], VI) == {"vốn": frozenset({"adjusted"})}


def test_whose_sum_it_is_is_no_kind():
    text = """Doanh thu của Công ty Sông Hồng

Theo công ty, doanh thu công ty năm 2025 đạt 1.150 tỷ đồng.

Tuy nhiên, Cục Thuế cho biết doanh thu doanh nghiệp năm 2025 chỉ khoảng 820 tỷ đồng.
"""
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_profit_before_and_after_tax_are_two_quantities():
    text = """Lợi nhuận của Công ty Sông Hồng

Theo báo cáo, lợi nhuận trước thuế năm 2025 của công ty đạt 312 tỷ đồng.

Kiểm toán độc lập cho biết lợi nhuận sau thuế năm 2025 của công ty là 250 tỷ đồng.
"""
    assert kinds_between(conflict_pairs(text), 1, 2) == set()


def test_a_reason_noun_qualified_before_its_copula_still_gives_a_reason():
    text = """Cháy chợ Bình Lợi

Theo công an, vụ cháy chợ có nguyên nhân ban đầu là do chập điện ở một sạp vải.

Nhưng Ban quản lý chợ cho rằng vụ cháy chợ có nguyên nhân thực sự là tiểu thương đốt vàng mã.
"""
    assert "contradiction" in kinds_between(conflict_pairs(text), 1, 2)


def test_one_kind_of_capital_from_two_bodies_still_conflicts():
    text = """Vốn FDI quý I

Theo Cục Thống kê, vốn FDI thực hiện quý I ước đạt 5,1 tỷ USD.

Trong khi đó, Bộ Tài chính cho biết vốn FDI thực hiện quý I chỉ đạt 4,2 tỷ USD.
"""
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


# --- the third review's regressions, in sentences of our own

def test_two_causes_of_two_events_do_not_compete():
    text = """Mưa lớn gây thiệt hại ở Bảo Yên

Theo UBND xã, nguyên nhân của vụ sạt lở đồi Nậm Khắt là do mưa lớn kéo dài ba ngày.

Công an huyện cho biết vụ tai nạn trên quốc lộ 279 có nguyên nhân là tài xế xe tải chạy quá tốc độ.
"""
    assert kinds_between(conflict_pairs(text), 1, 2) == set()


def test_who_looks_into_the_cause_is_no_cause():
    text = """Sập cầu Đồng Nai Nhỏ

Ông Vũ Văn Hà, Phó giám đốc Sở Xây dựng, cho rằng cầu sập là do sà lan đâm vào trụ.

Theo UBND tỉnh, việc xác định nguyên nhân vụ sập cầu do Hội đồng giám định thực hiện.
"""
    assert kinds_between(conflict_pairs(text), 1, 2) == set()


def test_foreign_capital_named_two_ways_is_one_kind():
    text = """Vốn FDI vào Bình Lâm

Theo Sở Tài chính, vốn đầu tư nước ngoài năm 2025 đạt 1,2 tỷ USD.

Tuy nhiên, Cục Thống kê cho biết vốn FDI năm 2025 chỉ đạt 0,9 tỷ USD.
"""
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)
