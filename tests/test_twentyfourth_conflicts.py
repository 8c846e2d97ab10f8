"""Twenty-fourth session, conflicts inside one article. Sentences written for the project."""
from claimviews import conflict_pairs


def _kinds_between(pairs, i, j):
    return {k for k, a, b in pairs if {a, b} == {i, j}}


def test_a_second_source_answering_with_but_gives_a_figure_for_the_same_thing():
    text = ("Khu công nghiệp Bắc Hòa chậm tiến độ đã 6 năm.\n\n"
            "Theo ông Lê Văn Tâm, Giám đốc Sở Tài chính, nhà đầu tư mới san lấp khoảng 30% diện tích.\n\n"
            "Nhưng theo ông Trịnh Quốc Bảo, Tổng giám đốc công ty, doanh nghiệp đã san lấp khoảng 70% diện tích.")
    assert "number_mismatch" in _kinds_between(conflict_pairs(text), 1, 2)


def test_two_sources_figures_for_the_same_thing_with_no_answer_are_not_set_against_each_other():
    # worded alike, but nothing says the second answers the first: two sides of a report, not a clash
    text = ("Khu công nghiệp Bắc Hòa chậm tiến độ đã 6 năm.\n\n"
            "Theo ông Lê Văn Tâm, Giám đốc Sở Tài chính, nhà đầu tư mới san lấp khoảng 30% diện tích.\n\n"
            "Ông Trịnh Quốc Bảo, Tổng giám đốc công ty, cho biết đã san lấp khoảng 70% diện tích lô A.")
    assert not _kinds_between(conflict_pairs(text), 1, 2)


def test_a_boats_missing_answered_with_however_is_not_the_regions_toll():
    text = ("Theo Ban Chỉ huy phòng chống thiên tai khu vực, bão đã làm 7 người chết, 5 người mất tích.\n\n"
            "Biên phòng tỉnh cho biết tàu cá BĐ 91234 TS bị chìm, 2 ngư dân mất tích.\n\n"
            "Tuy nhiên, chủ tàu Lê Văn Hai nói vẫn còn 4 người chưa liên lạc được.")
    assert not _kinds_between(conflict_pairs(text), 0, 2)
