"""Thirty-third session, conflicts inside one article: a place after a list of tolls holds for each
of them, even when the place's mention takes its preposition ("... 26 người bị thương tại A, B");
the bare unit that has a toll ("thành phố đã có 4 người chết") is the speaker's own city; a
landmark of no known level may lie inside a body's province; the speaker's name before a reporting
verb says nothing of what a figure counts. Sentences written for the project."""
from claims import lexicon
from claims.conflicts.places import figure_places
from claims.conflicts.frames import segment
from claims.numbers import extract
from claimviews import conflict_pairs, kinds_between

VI = lexicon.get("vi")

STORM = """Bão số 9 gây thiệt hại ở miền Trung.

Theo báo cáo nhanh của Ban Chỉ huy phòng thủ dân sự quốc gia, tính đến 18h ngày 2/11, bão và mưa lũ đã làm 8 người chết, 2 người mất tích và 19 người bị thương tại Quảng Bình, Huế và Quảng Nam.

Cũng theo báo cáo này, TP Huế có 3 người chết, Quảng Bình 4 người, Quảng Nam 1 người.

Tuy nhiên, ông Lê Văn Phước, Chánh văn phòng Ban Chỉ huy phòng thủ dân sự TP Huế, cho biết cũng tính đến chiều 2/11, thành phố đã có 5 người chết.
"""


def _places(text, figure_text):
    figs = [f for f in extract(text) if f.kind == "count"]
    f = next(g for g in figs if g.text == figure_text)
    return figure_places(text, f, segment(text, f.start, VI), [g for g in figs if g is not f], None, "vi")[0]


def test_a_place_after_a_list_of_tolls_holds_for_the_first_of_them():
    text = ("Bão đã làm 8 người chết, 2 người mất tích và 19 người bị thương tại Quảng Bình, Huế và Quảng Nam.")
    assert len(_places(text, "8 người")) == 3


def test_a_place_after_the_last_figure_alone_is_its_own():
    # ("... và 2 người mất tích ở xã Y": where the second was lost, not where the deaths were)
    text = "Lũ quét làm 8 người chết, 2 người được tìm thấy ở xã Tà Lùng."
    assert _places(text, "8 người") == ()


def test_a_provinces_toll_is_no_rival_of_the_total_of_several_provinces():
    pairs = conflict_pairs(STORM)
    assert not kinds_between(pairs, 2, 1)
    assert not kinds_between(pairs, 3, 1)


def test_the_citys_own_toll_meets_the_report_of_that_city():
    assert "number_mismatch" in kinds_between(conflict_pairs(STORM), 3, 2)


def test_the_bare_unit_is_a_whole_only_as_the_one_that_has_the_figure():
    import re
    assert re.search(VI.WHOLE_UNIT, "thành phố đã có 5 người chết").group(1) == "thành phố"
    assert re.search(VI.WHOLE_UNIT, "toàn tỉnh ghi nhận 40 ca").group(1) == "tỉnh"
    # ("đường vào thành phố bị ngập": a plain noun of the clause, no whole the figure holds for)
    assert re.search(VI.WHOLE_UNIT, "đường vào thành phố bị ngập, 5 người chết") is None
    assert re.search(VI.WHOLE_UNIT, "thôn 1 của xã có 5 người chết") is None  # the hamlet's


BOATS = """Bão đánh chìm tàu cá ở Quảng Bình.

Bộ đội Biên phòng tỉnh Quảng Bình xác nhận 12 tàu cá đã bị sóng đánh chìm khi neo đậu ở Cửa Gianh và Cửa Roòn.

Trong khi đó, Sở Nông nghiệp và Môi trường Quảng Bình khẳng định chỉ có 5 tàu bị chìm, các tàu còn lại chỉ bị sóng đánh dạt vào bờ.
"""


def test_two_bodies_counts_of_sunk_boats_conflict():
    assert "number_mismatch" in kinds_between(conflict_pairs(BOATS), 2, 1)


def test_a_named_province_elsewhere_still_keeps_the_bodys_count_apart():
    text = BOATS.replace("khi neo đậu ở Cửa Gianh và Cửa Roòn", "khi neo đậu ở tỉnh Hà Tĩnh")
    assert not kinds_between(conflict_pairs(text), 2, 1)


def test_what_is_counted_still_tells_two_counts_apart():
    text = BOATS.replace("chỉ có 5 tàu bị chìm, các tàu còn lại chỉ bị sóng đánh dạt vào bờ",
                         "đã hỗ trợ sửa chữa 5 tàu")
    assert not kinds_between(conflict_pairs(text), 2, 1)


def test_a_markets_stalls_are_counted_alike_however_named():
    from claims.conflicts.frames import counted_unit
    assert counted_unit("gian hàng", VI) == counted_unit("gian", VI)
    # (fishing boats are no bare "tàu": a storm's tour boats or cargo ships are others)
    assert counted_unit("tàu cá", VI) != counted_unit("tàu", VI)
