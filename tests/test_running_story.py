"""Running stories (issue 11): figures are compared only when their quantity frames match (what is
counted, scope, place, moment); a later figure is an update and a corrected one a correction, both
linked to the figure they replace and kept apart from conflicts; reports of one event by two
outlets are matched and compared. Every sentence here was written for the project."""
import json

from claims import explain, report
from claims.analyze import analyze_text
from claims.conflicts import ClaimView, compare, within
from claims.conflicts.events import same_event, signature
from claims.conflicts.frames import frames
from claims.numbers import extract
from claims.store import session_scope, store_reports


def view(ref, text, source=None, stype=None, cue=None):
    return ClaimView(ref, text, source, stype, tuple(extract(text)), None, source, cue)


def links(text):
    (r,) = analyze_text(text, use_nlp=False)
    return r, sorted((c.kind, c.sentence, c.other_sentence) for c in r.conflicts)


LIVE = """# Mưa lũ ở tỉnh Lâm Hà: số người chết tăng lên 24

Tính đến 8h ngày 12/9, mưa lũ ở tỉnh Lâm Hà đã làm 12 người chết và 5 người mất tích, theo Ban Chỉ huy Phòng chống thiên tai tỉnh Lâm Hà.

Đến 14h ngày 12/9, Ban Chỉ huy Phòng chống thiên tai tỉnh Lâm Hà cho biết số người chết do mưa lũ ở tỉnh Lâm Hà đã tăng lên 17 người.

Tính đến 20h ngày 12/9, mưa lũ ở tỉnh Lâm Hà đã làm 21 người chết và 3 người mất tích.

Sáng 13/9, ông Phạm Văn Lộc, Phó chủ tịch UBND tỉnh Lâm Hà, cho biết mưa lũ ở tỉnh Lâm Hà đã làm 24 người chết.
"""


def test_a_running_story_links_each_step_to_the_one_before_and_reports_no_conflict():
    r, found = links(LIVE)
    assert found == [("update", 2, 1), ("update", 3, 2), ("update", 4, 3)]
    step = next(c for c in r.conflicts if c.sentence == 3)
    assert (step.figure, step.other_figure) == ("21 người", "17 người")
    assert "20h ngày 12/9" in step.reason and "14h ngày 12/9" in step.reason and "người chết" in step.reason
    assert not any("conflict" in s.flags for s in r.sentences)
    assert all("update" in r.sentences[i].flags for i in (1, 2, 3, 4))
    assert report.summary(r)["conflicts"] == 0 and report.summary(r)["updates"] == 3


def test_a_rise_without_a_time_is_an_update_and_the_same_figure_at_one_moment_is_a_conflict():
    a = view(0, "Theo Sở Y tế tỉnh Lâm Hà, vụ ngộ độc ở xã Tân Hòa khiến 42 người nhập viện.", "Sở Y tế tỉnh Lâm Hà",
             "organization")
    b = view(1, "Sau đó, số người nhập viện vì ngộ độc ở xã Tân Hòa đã tăng lên 56 người.")
    assert [c.kind for c in compare(b, a)] == ["update"]
    c = view(2, "Theo UBND huyện Phú Lâm, vụ ngộ độc ở xã Tân Hòa khiến 56 người nhập viện.", "UBND huyện Phú Lâm",
             "organization")
    found = compare(c, a)
    assert [x.kind for x in found] == ["number_mismatch"]
    assert "UBND huyện Phú Lâm" in found[0].reason and "Sở Y tế tỉnh Lâm Hà" in found[0].reason
    assert "người nhập viện" in found[0].reason and "xã Tân Hòa" in found[0].reason


def test_two_sources_for_one_moment_conflict_and_the_reason_names_the_frame():
    _, found = links("""# Ngộ độc ở xã Tân Hòa

Theo Sở Y tế tỉnh Lâm Hà, tính đến 17h ngày 3/9, vụ ngộ độc ở xã Tân Hòa có 42 người nhập viện.

Tính đến 17h ngày 3/9, UBND huyện Phú Lâm cho biết vụ ngộ độc ở xã Tân Hòa có 56 người nhập viện.
""")
    assert found == [("number_mismatch", 2, 1)]


def test_a_cumulative_total_and_a_daily_figure_are_not_compared():
    a = view(0, "Theo Sở Y tế tỉnh Phú Sơn, tổng số ca nhiễm tại tỉnh Phú Sơn từ đầu dịch là 501.649 ca.",
             "Sở Y tế tỉnh Phú Sơn", "organization")
    b = view(1, "Ngày 3/9, Sở Y tế tỉnh Phú Sơn ghi nhận 14.922 ca nhiễm mới tại tỉnh Phú Sơn.",
             "Sở Y tế tỉnh Phú Sơn", "organization")
    assert compare(b, a) == [] and compare(a, b) == []
    c = view(2, "Sở Y tế tỉnh Phú Sơn ghi nhận thêm 1.020 ca nhiễm tại tỉnh Phú Sơn trong tuần qua.",
             "Sở Y tế tỉnh Phú Sơn", "organization")
    assert compare(c, a) == []
    # the same two totals from two sources still conflict
    d = view(3, "Theo Bộ Y tế, tổng số ca nhiễm tại tỉnh Phú Sơn từ đầu dịch là 498.200 ca.", "Bộ Y tế", "organization")
    assert [x.kind for x in compare(d, a)] == ["number_mismatch"]


def test_figures_for_two_places_are_not_compared():
    a = view(0, "Theo Ban Chỉ huy Phòng chống thiên tai, bão Sao Mai làm 12 người chết ở tỉnh Lâm Hà.",
             "Ban Chỉ huy Phòng chống thiên tai", "organization")
    b = view(1, "Ông Trần Quốc Hùng cho biết bão Sao Mai làm 7 người chết ở tỉnh Phú Sơn.", "Trần Quốc Hùng", "person")
    assert compare(b, a) == []
    c = view(2, "Ông Trần Quốc Hùng cho biết bão Sao Mai làm 9 người chết ở tỉnh Lâm Hà.", "Trần Quốc Hùng", "person")
    assert [x.kind for x in compare(c, a)] == ["number_mismatch"]
    # an address and its province are one place
    d = view(3, "Ông Trần Quốc Hùng cho biết bão Sao Mai làm 9 người chết ở xã Tân Hòa, huyện Phú Lâm, tỉnh Lâm Hà.",
             "Trần Quốc Hùng", "person")
    assert [x.kind for x in compare(d, a)] == ["number_mismatch"]


def test_a_list_of_places_and_its_total_are_not_compared():
    _, found = links("""# Bão Sao Mai: 30 người chết

Theo Văn phòng Ban Chỉ đạo quốc gia, bão Sao Mai đã làm 30 người chết.

Bão Sao Mai làm 12 người chết ở tỉnh Lâm Hà, 10 người chết ở tỉnh Phú Sơn và 8 người chết ở tỉnh Bình Sa.
""")
    assert found == []


def test_a_country_against_a_total_that_contains_it_is_not_a_conflict():
    _, found = links("""# Động đất ở Thổ Nhĩ Kỳ và Syria

Trận động đất xảy ra lúc 4h17 rạng sáng 6/2 (giờ địa phương) đã làm hơn 3.700 người chết ở Thổ Nhĩ Kỳ và Syria.

Cơ quan quản lý thảm họa Thổ Nhĩ Kỳ (AFAD) cho biết 2.316 người chết tại Thổ Nhĩ Kỳ.

Bộ Y tế Syria cho biết 1.444 người chết tại Syria.

Theo hãng tin Reuters, trận động đất đã làm 3.100 người chết.
""")
    assert found == []


CORRECTION = """# Cháy chung cư mini ở quận Hòa Bình

Vụ cháy chung cư mini ở quận Hòa Bình làm 51 người bị thương, theo thông tin trong bản tin trước.

Đính chính: số người bị thương trong vụ cháy chung cư mini ở quận Hòa Bình là 15 người, không phải 51 người như đã đưa; tòa soạn xin lỗi bạn đọc vì sai sót này.
"""


def test_a_correction_is_linked_to_the_figure_it_corrects():
    r, found = links(CORRECTION)
    assert found == [("correction", 2, 1)]
    (c,) = r.conflicts
    assert (c.figure, c.other_figure) == ("15 người", "51 người")
    assert c.reason.startswith("Đính chính") and "“15 người”" in c.reason and "“51 người”" in c.reason
    assert [s.flags for s in r.sentences[1:]] == [("unattributed", "correction")] * 2
    summary = report.summary(r)
    assert (summary["conflicts"], summary["corrections"]) == (0, 1)


def test_updates_and_corrections_in_json_reports_and_explanations():
    (r,) = analyze_text(LIVE + "\n" + CORRECTION.split("\n", 2)[2], use_nlp=False)
    data = json.loads(report.to_json([r]))["articles"][0]
    kinds = {c["kind"] for c in data["conflicts"]}
    assert kinds == {"update", "correction"}
    assert all(c["figure"] and c["other_figure"] for c in data["conflicts"])
    md = report.to_markdown([r])
    assert "## Cập nhật và đính chính" in md and "## Mâu thuẫn" not in md
    assert "**cập nhật**" in md and "**đính chính**" in md and "Mâu thuẫn: 0 · Đính chính: 1 · Cập nhật: 3" in md
    html = report.to_html([r])
    assert "<h2>Cập nhật và đính chính</h2>" in html and "0 mâu thuẫn · 1 đính chính · 3 cập nhật" in html
    assert "updates and corrections:" in report.to_text([r])
    lines = explain.sentence_reasons(r.sentences[2], r)
    assert any(x.startswith("Cập nhật (không tính là mâu thuẫn)") for x in lines)
    view_ = explain.conflict_view(r, r.conflicts[0])
    assert not view_.is_conflict and view_.kind in ("cập nhật", "đính chính") and all(view_.figures)


RUMOUR = """# Tin đồn học sinh tử vong ở trường Tân Phú

Trên mạng xã hội lan truyền thông tin 7 học sinh trường Tiểu học Tân Phú tử vong do ngộ độc thực phẩm.

Sở Y tế tỉnh Lâm Hà khẳng định thông tin học sinh trường Tiểu học Tân Phú tử vong là sai sự thật.
"""


def test_a_rumour_on_social_media_and_an_authoritys_denial_are_a_denial_pair():
    r, found = links(RUMOUR)
    assert found == [("denial", 2, 1)]
    assert "mạng xã hội" in r.conflicts[0].reason  # the rumour named by its channel


def test_a_rumoured_figure_and_an_authoritys_figure_are_a_denial_pair():
    a = view(0, "Trên mạng xã hội xuất hiện thông tin vụ cháy ở chợ Tân Phú làm 9 người chết.")
    b = view(1, "Công an tỉnh Lâm Hà cho biết vụ cháy ở chợ Tân Phú làm 2 người chết.", "Công an tỉnh Lâm Hà", "organization")
    found = compare(b, a)
    assert [x.kind for x in found] == ["denial"] and (found[0].figure, found[0].other_figure) == ("2 người", "9 người")
    # the same figure from an unnamed witness is an ordinary mismatch
    c = view(2, "Một người bán hàng nói vụ cháy ở chợ Tân Phú làm 9 người chết.", "Một người bán hàng", "anonymous")
    assert [x.kind for x in compare(b, c)] == ["number_mismatch"]


# ---------------------------------------------------------------------------- across outlets
QUAKE_MORNING = """# Động đất ở Thổ Nhĩ Kỳ và Syria: hơn 2.300 người chết

Trận động đất mạnh 7,8 độ xảy ra lúc 4h17 rạng sáng 6/2 (giờ địa phương) ở miền nam Thổ Nhĩ Kỳ, gần biên giới Syria.

Tính đến 10h ngày 6/2, Cơ quan quản lý thảm họa Thổ Nhĩ Kỳ (AFAD) cho biết 1.498 người chết tại Thổ Nhĩ Kỳ.

Bộ Y tế Syria cho biết 810 người chết tại Syria.
"""
QUAKE_EVENING = """# Số người chết vì động đất ở Thổ Nhĩ Kỳ và Syria vượt 4.000

Trận động đất xảy ra lúc 4h17 sáng 6/2 theo giờ địa phương, tâm chấn gần thành phố Gaziantep.

Tính đến 18h ngày 6/2, AFAD cho biết 2.921 người chết tại Thổ Nhĩ Kỳ.

Theo Bộ Y tế Syria, số người chết tại Syria đã tăng lên 1.444 người.

Tổng số người chết ở cả Thổ Nhĩ Kỳ và Syria là 4.365 người.
"""
FIRE = """# Cháy xưởng gỗ ở xã Tân Hòa

Vụ cháy xưởng gỗ ở xã Tân Hòa, huyện Phú Lâm xảy ra lúc 22h ngày 5/2, không có thương vong.
"""


def test_two_outlets_on_one_earthquake_are_one_event_and_a_fire_is_not():
    def sig(text):
        (r,) = analyze_text(text, use_nlp=False)
        return signature(r.title, [(s.text, s.numbers) for s in r.sentences[:3]])

    assert same_event(sig(QUAKE_MORNING), sig(QUAKE_EVENING)) >= 0.6
    assert same_event(sig(QUAKE_MORNING), sig(FIRE)) == 0.0


def test_two_outlets_hours_apart_are_linked_as_updates_without_a_false_conflict(engine):
    (morning,) = analyze_text(QUAKE_MORNING, "bao-a.txt", use_nlp=False)
    (evening,) = analyze_text(QUAKE_EVENING, "bao-b.txt", use_nlp=False)
    assert [c for c in evening.conflicts if c.kind != "update"] == []  # a country's figure and the total of two
    store_reports(engine, [morning])
    (stored,) = store_reports(engine, [evening])
    cross = sorted((c.kind, c.sentence, c.other_sentence, c.figure, c.other_figure)
                   for c in stored.conflicts if c.other_article)
    # the two countries' total too: the morning headline's "hơn 2.300" is the evening's 4.365 later on
    assert cross == [("update", 2, 2, "2.921 người", "1.498 người"), ("update", 3, 3, "1.444 người", "810 người"),
                     ("update", 4, 0, "4.365 người", "2.300 người")]
    assert report.summary(stored)["conflicts"] == 0


OUTLET_A = """# Ngộ độc sau bữa cỗ ở xã Tân Hòa

Theo Sở Y tế tỉnh Lâm Hà, tính đến 17h ngày 3/9, vụ ngộ độc ở xã Tân Hòa có 42 người nhập viện.
"""
OUTLET_B = """# Hơn 50 người nhập viện sau bữa cỗ ở xã Tân Hòa

Tính đến 17h ngày 3/9, UBND huyện Phú Lâm cho biết vụ ngộ độc ở xã Tân Hòa có 56 người nhập viện.

Trên mạng xã hội lan truyền thông tin nhà hàng Hoa Sen ở xã Tân Hòa dùng thực phẩm bẩn.
"""
OUTLET_C = """# Nhà hàng Hoa Sen bác tin dùng thực phẩm bẩn

Sở Y tế tỉnh Lâm Hà khẳng định thông tin nhà hàng Hoa Sen ở xã Tân Hòa dùng thực phẩm bẩn là sai sự thật.
"""


def test_two_outlets_disagreeing_at_one_moment_and_a_denial_in_a_third(engine):
    a, b, c = (analyze_text(t, n, use_nlp=False)[0] for t, n in ((OUTLET_A, "a"), (OUTLET_B, "b"), (OUTLET_C, "c")))
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    # its body (56) disagrees with the other outlet's 42 at 17h; its headline ("Hơn 50") says the
    # same again and is not linked a second time
    assert sorted((x.kind, x.sentence, x.other_sentence) for x in sb.conflicts if x.other_article) == [
        ("number_mismatch", 1, 1)]
    (sc,) = store_reports(engine, [c])
    assert [(x.kind, x.other_article, x.other_sentence) for x in sc.conflicts if x.other_article] == [("denial", b.id, 2)]
    with session_scope(engine) as s:
        from claims.store import list_conflicts

        assert sorted(r["kind"] for r in list_conflicts(s)) == ["denial", "number_mismatch"]


def test_occurrence_times_conflict_only_when_both_say_when_the_event_happened():
    a = view(0, "Theo AFAD, trận động đất ở Thổ Nhĩ Kỳ xảy ra lúc 4h17 rạng sáng 6/2 (giờ địa phương).", "AFAD",
             "organization")
    other_clock = view(1, "Theo USGS, trận động đất ở Thổ Nhĩ Kỳ xảy ra lúc 5h30 sáng 6/2 (giờ địa phương).", "USGS",
                       "organization")
    found = compare(other_clock, a)
    assert [c.kind for c in found] == ["number_mismatch"]
    assert (found[0].figure, found[0].other_figure) == ("5h30 sáng 6/2", "4h17 rạng sáng 6/2")
    report_time = view(2, "Lúc 10h sáng 6/2, AFAD cho biết trận động đất ở Thổ Nhĩ Kỳ đã làm 1.498 người chết.", "AFAD",
                       "organization")
    assert compare(report_time, a) == []  # when it was said, not when it happened
    other_zone = view(3, "Trận động đất ở Thổ Nhĩ Kỳ xảy ra lúc 8h17 sáng 6/2 giờ Việt Nam.")
    assert compare(other_zone, a) == []  # local time and Vietnam time can be one moment
    about = view(4, "Trận động đất ở Thổ Nhĩ Kỳ xảy ra vào khoảng 4h rạng sáng 6/2 (giờ địa phương).")
    assert compare(about, a) == []


# ---------------------------------------------------------------------------- as-of times, later reports, spots
def test_a_time_said_to_be_the_counting_time_is_the_figures_moment_not_the_time_the_event_happened():
    # "đêm 14/3" says when the bus crashed; "lúc 7h ngày 15/3" when the health office counted
    police = view(0, "Theo Công an tỉnh Lâm Hà, tính đến 7h ngày 15/3, vụ lật xe khách làm 6 người chết.",
                  "Công an tỉnh Lâm Hà", "organization")
    health = view(1, "Theo báo cáo của Sở Y tế tỉnh Lâm Hà lúc 7h ngày 15/3, vụ lật xe khách ở đèo Mây đêm 14/3 "
                     "đã làm 8 người chết.", "Sở Y tế tỉnh Lâm Hà", "organization")
    (fr,) = frames(health.text, health.figures, health.source, None)
    assert fr.as_of.text.startswith("7h") and fr.as_of.day == 315
    assert [c.kind for c in compare(health, police)] == ["number_mismatch"]


LANDSLIDE_NOON = """# Sạt lở đất ở xã Tà Lèng, tỉnh Lâm Hà

Trưa 4/8, UBND xã Tà Lèng, tỉnh Lâm Hà cho biết trận sạt lở đất ở thôn Nậm Cang xảy ra rạng sáng cùng ngày.

Tính đến 11h ngày 4/8, trận sạt lở ở thôn Nậm Cang đã làm 3 người chết và 2 người bị thương.
"""
LANDSLIDE_NIGHT = """# Sạt lở ở xã Tà Lèng: lực lượng cứu hộ tiếp tục tìm kiếm

Tối 4/8, lực lượng cứu hộ tiếp tục tìm kiếm tại thôn Nậm Cang, xã Tà Lèng, tỉnh Lâm Hà sau trận sạt lở đất.

Số người chết trong trận sạt lở ở thôn Nậm Cang đã là 5 người.

Hai người bị thương đang được điều trị tại trạm y tế xã.
"""


def test_a_higher_toll_in_a_later_report_of_the_event_is_an_update_and_a_lower_one_is_not(engine):
    (noon,) = analyze_text(LANDSLIDE_NOON, "noon.txt", use_nlp=False)
    (night,) = analyze_text(LANDSLIDE_NIGHT, "night.txt", use_nlp=False)
    store_reports(engine, [noon])
    (stored,) = store_reports(engine, [night])
    cross = sorted((c.kind, c.sentence, c.figure, c.other_figure) for c in stored.conflicts if c.other_article)
    assert cross == [("update", 2, "5 người", "3 người")]  # undated, later, higher: the toll rose
    # a lower undated toll in the later report is never read as a rise
    from claims.conflicts.figures import Context

    earlier = view(0, "Tính đến 11h ngày 4/8, trận sạt lở ở thôn Nậm Cang đã làm 3 người chết.")
    lower = view(1, "Trận sạt lở ở thôn Nậm Cang đã làm 2 người chết.")
    assert "update" not in [c.kind for c in compare(lower, earlier, "vi", Context(same_event=True, a_newer=True))]


def test_two_incidents_of_one_kind_at_two_spots_of_one_province_are_not_one_event():
    def sig(text):
        (r,) = analyze_text(text, use_nlp=False)
        return signature(r.title, [(s.text, s.numbers) for s in r.sentences[:3]])

    first = """# Cháy kho hàng ở khu công nghiệp Nam Sơn, tỉnh Lâm Hà

Rạng sáng 3/5, một kho hàng trong khu công nghiệp Nam Sơn, tỉnh Lâm Hà bốc cháy dữ dội.
"""
    second = """# Cháy nhà xưởng ở khu công nghiệp Bắc Thủy, tỉnh Lâm Hà

Chiều 6/5, một nhà xưởng trong khu công nghiệp Bắc Thủy, tỉnh Lâm Hà bốc cháy, khói đen bao trùm.
"""
    again = """# Điều tra nguyên nhân vụ cháy kho hàng ở khu công nghiệp Nam Sơn

Ngày 4/5, công an tỉnh Lâm Hà điều tra nguyên nhân vụ cháy kho hàng ở khu công nghiệp Nam Sơn.
"""
    assert same_event(sig(first), sig(second)) < 0.6
    assert same_event(sig(first), sig(again)) >= 0.6


def test_a_figure_a_breakdown_marker_follows_is_the_total_and_a_figure_after_one_is_a_part():
    from claims.conflicts.figures import Context

    earlier = view(0, "Vụ ngộ độc ở xã Tân Hòa khiến 40 người nhập viện gồm học sinh, giáo viên và phụ huynh.")
    later = view(1, "Vụ ngộ độc ở xã Tân Hòa khiến 52 người nhập viện.")
    assert [c.kind for c in compare(later, earlier, "vi", Context(same_event=True, a_newer=True))] == ["update"]
    # a part after the marker is never set against the total as a rival figure
    total = view(2, "Vụ ngộ độc ở xã Tân Hòa khiến 40 người nhập viện.")
    part = view(3, "Trong đó, 25 người nhập viện vì ngộ độc ở xã Tân Hòa là trẻ em dưới 10 tuổi.")
    assert compare(part, total) == []
    # the total a breakdown follows is still the total: a later, higher total is its update
    again = view(4, "Vụ ngộ độc ở xã Tân Hòa khiến 55 người nhập viện, trong đó 30 trẻ em.")
    assert [c.kind for c in compare(again, total, "vi", Context(same_event=True, a_newer=True))] == ["update"]


def test_a_denial_answers_only_claims_that_say_what_it_denies():
    denial = view(0, "UBND tỉnh Lâm Hà bác bỏ thông tin sập cầu Bến Đá trong đêm mưa lũ.", "UBND tỉnh Lâm Hà",
                  "organization")
    rumour = view(1, "Trên mạng xã hội lan truyền tin cầu Bến Đá ở tỉnh Lâm Hà đã sập trong đêm.")
    water = view(2, "Theo Đài Khí tượng Thủy văn tỉnh Lâm Hà, mực nước sông dưới cầu Bến Đá đã lên 3 m.",
                 "Đài Khí tượng Thủy văn tỉnh Lâm Hà", "organization")
    assert [c.kind for c in compare(denial, rumour)] == ["denial"]
    assert compare(denial, water) == []


ACCIDENT_NOW = """# Sạt lở ở công trường thủy điện Nậm Sơn, 3 công nhân tử vong

Chiều 12/11, UBND xã Tà Lèng, tỉnh Lâm Hà cho biết một vụ sạt lở đất đã xảy ra tại công trường thủy điện Nậm Sơn, làm 3 công nhân tử vong.
"""
TRIAL_LATER = """# Xét xử vụ sạt lở làm 6 công nhân tử vong tại thủy điện Nậm Sơn

Ngày 13/11, TAND tỉnh Lâm Hà xét xử hai bị cáo trong vụ sạt lở tại công trường thủy điện Nậm Sơn xảy ra hồi tháng 5/2024.

Vụ sạt lở tại thủy điện Nậm Sơn khi đó làm 6 công nhân tử vong.
"""


def test_a_trial_over_an_accident_of_months_ago_is_another_event_and_its_toll_is_not_compared(engine):
    def sig(text):
        (r,) = analyze_text(text, use_nlp=False)
        return signature(r.title, [(s.text, s.numbers) for s in r.sentences[:3]])

    from claims.conflicts.events import different_events

    assert different_events(sig(ACCIDENT_NOW), sig(TRIAL_LATER))
    assert same_event(sig(ACCIDENT_NOW), sig(TRIAL_LATER)) == 0.0
    (now,) = analyze_text(ACCIDENT_NOW, "now.txt", use_nlp=False)
    (trial,) = analyze_text(TRIAL_LATER, "trial.txt", use_nlp=False)
    store_reports(engine, [now])
    (stored,) = store_reports(engine, [trial])
    assert [c for c in stored.conflicts if c.other_article] == []  # same site, shared names: still two tolls


def test_houses_counted_with_two_classifiers_or_with_the_classifier_alone_are_one_quantity():
    first = view(0, "Theo báo cáo ban đầu của xã Tân Hòa, 12 căn nhà đã bị sập do sạt lở bờ sông.")
    fixed = view(1, "UBND xã Tân Hòa đính chính: do nhầm lẫn khi thống kê, số nhà bị sập do sạt lở bờ sông là 4 căn.")
    other = view(2, "Sạt lở bờ sông ở xã Tân Hòa làm 4 ngôi nhà bị sập.")
    (fr,) = frames(fixed.text, fixed.figures, None, None)
    assert fr.unit == "nhà"
    assert [c.kind for c in compare(fixed, first)] == ["correction"]
    # "căn nhà" and "ngôi nhà" are one quantity: a first estimate ("ban đầu") and a later figure
    assert [c.kind for c in compare(other, first)] == ["update"]


def test_a_harm_word_belongs_to_its_own_clause_and_bare_people_counts_need_the_same_predicate():
    crowd = view(0, "Tại bến cá xã Tân Hòa, hàng chục người dân đứng chờ, lo cho các ngư dân mất tích.")
    rescue = view(1, "Tính đến 9h ngày 3/11, tàu cứu hộ đã cứu được 3 người, 4 ngư dân còn lại vẫn mất tích ở xã Tân Hòa.")
    harms = {fr.figure.text: fr.harm for v in (crowd, rescue) for fr in frames(v.text, v.figures, None, None)}
    assert harms == {"hàng chục người": None, "3 người": None, "4 ngư dân": "missing"}
    assert compare(rescue, crowd) == []  # people waiting and people rescued: two counts
    # "số ..." says what is counted, whatever changed it: the same people, mobilised, rising
    from claims.conflicts.figures import Context

    first = view(2, "Tỉnh Lâm Hà đã huy động hơn 200 người dập lửa ở xã Tân Hòa.")
    later = view(3, "Số người được huy động dập lửa ở xã Tân Hòa đã tăng lên hơn 600 người.")
    assert [c.kind for c in compare(later, first, "vi", Context(same_event=True, a_newer=True))] == ["update"]


RUMOUR_BRIDGE = """# Mạng xã hội lan truyền tin sập cầu Bến Đá

Từ tối 5/11, trên mạng xã hội lan truyền tin cầu Bến Đá ở xã Tân Hòa, tỉnh Lâm Hà đã bị sập sau mưa lũ.
"""
DENIAL_BRIDGE = """# Lâm Hà bác bỏ tin sập cầu Bến Đá

Sáng 6/11, UBND tỉnh Lâm Hà khẳng định thông tin cầu Bến Đá ở xã Tân Hòa bị sập là sai sự thật.
"""


def test_a_denial_in_a_later_article_answers_one_claim_of_the_earlier_one(engine):
    (rumour,) = analyze_text(RUMOUR_BRIDGE, "a.txt", use_nlp=False)
    (denial,) = analyze_text(DENIAL_BRIDGE, "b.txt", use_nlp=False)
    store_reports(engine, [rumour])
    (stored,) = store_reports(engine, [denial])
    body = [(c.kind, c.other_sentence) for c in stored.conflicts if c.other_article and c.sentence == 1]
    assert len(body) == 1 and body[0][0] == "denial"


def test_stored_articles_event_signatures_are_read_once_and_keyed_by_their_text(engine, monkeypatch):
    from claims import cross

    (rumour,) = analyze_text(RUMOUR_BRIDGE, "a.txt", use_nlp=False)
    store_reports(engine, [rumour])
    with session_scope(engine) as s:
        from claims.store import article_id_for

        aid = article_id_for(s, content_hash=rumour.content_hash)
        first = cross._signatures(s, [aid], "vi")
        assert (rumour.content_hash, "vi") in cross._sig_cache
        monkeypatch.setattr(cross, "signature", lambda *a, **k: (_ for _ in ()).throw(AssertionError("recomputed")))
        assert cross._signatures(s, [aid], "vi") == first
    assert "tân hòa" in first[aid][1].places


def test_across_outlets_one_counted_noun_with_two_predicates_is_not_one_quantity():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    lost = view(0, "Khoảng 64.000 hộ dân ở tỉnh Lâm Hà bị mất điện sau cơn giông chiều 2/6.")
    restored = view(1, "Đến 22h ngày 2/6, điện lực tỉnh Lâm Hà đã cấp điện trở lại cho 41.000 hộ dân.")
    assert compare(restored, lost, "vi", across) == []  # households restored are not households cut off
    aboard = view(2, "Theo Đồn Biên phòng Cửa Lấp, tàu cá LH-40121 có 9 ngư dân khi xuất bến ngày 1/6.")
    rescued = view(3, "Đến trưa 3/6, 4 ngư dân đã được tàu hàng đi ngang cứu vớt.")
    assert compare(rescued, aboard, "vi", across) == []  # the crew rescued is not the crew aboard
    # the same quantity worded around one shared term is still compared across outlets
    other = view(4, "Ông Lê Văn Sáu, chủ tàu, cho biết tàu cá LH-40121 xuất bến ngày 1/6 với 10 ngư dân.",
                 "Lê Văn Sáu", "person")
    assert [c.kind for c in compare(other, aboard, "vi", across)] == ["number_mismatch"]


def test_across_outlets_a_higher_damage_count_in_the_later_report_is_an_update_and_a_vague_one_is_no_step():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    morning = view(0, "Tính đến 9h ngày 4/7, lốc xoáy đã làm hơn 300 căn nhà ở xã Tân Hòa bị tốc mái.")
    evening = view(1, "Lốc xoáy cũng khiến 812 căn nhà bị tốc mái, trong đó 12 căn bị sập.")
    assert [c.kind for c in compare(evening, morning, "vi", across)] == ["update"]
    headline = view(2, "Lốc xoáy quét qua xã Tân Hòa, hàng trăm căn nhà bị tốc mái")
    assert compare(evening, headline, "vi", across) == []  # "hàng trăm" is an order of size, not a count


def test_a_year_to_date_toll_is_never_one_events_toll():
    accident = view(0, "Vụ sập giàn giáo ở công trường xã Tân Hòa làm 2 công nhân chết.")
    year = view(1, "Từ đầu năm đến nay, tỉnh Lâm Hà xảy ra 6 vụ tai nạn lao động, làm 7 người chết.")
    (f7,) = [f for f in frames(year.text, year.figures, None, None) if f.figure.text == "7 người"]
    assert f7.scope == "period"  # the period the sentence opens with governs its last figure too
    assert compare(year, view(2, "Vụ sập giàn giáo ở công trường xã Tân Hòa làm 3 người chết.")) == []
    assert accident.figures  # (a count of workers: another key, not compared either way)
    # two year-to-date tolls are still compared with each other
    other = view(3, "Theo Sở Lao động, từ đầu năm đến nay tỉnh Lâm Hà có 9 người chết vì tai nạn lao động.",
                 "Sở Lao động", "organization")
    assert [c.kind for c in compare(other, year)] == ["number_mismatch"]


def test_a_target_or_forecast_is_not_compared_with_a_figure_reached():
    reached = view(0, "Đến hết tháng 9, tỉnh Lâm Hà mới giải ngân được 38,5% kế hoạch vốn đầu tư công.")
    aim = view(1, "Tỉnh Lâm Hà phấn đấu giải ngân ít nhất 90% kế hoạch vốn đầu tư công trước cuối năm.")
    assert frames(aim.text, aim.figures, None, None)[0].scope == "target"
    assert compare(aim, reached) == []
    forecast = view(2, "Cơ quan khí tượng dự báo lượng mưa tại tỉnh Lâm Hà phổ biến 150 mm.")
    measured = view(3, "Lượng mưa đo được tại tỉnh Lâm Hà phổ biến 210 mm.")
    assert compare(measured, forecast) == []


def test_across_outlets_a_date_with_its_year_and_one_without_are_not_one_running_count():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    today = view(0, "Khoảng 15h ngày 20/5, vụ sạt lở tại mỏ đá ở xã Tân Hòa đã vùi lấp 2 công nhân.")
    trial = view(1, "Theo cáo trạng, khoảng 8h ngày 11/9/2024, vụ sạt lở tại mỏ đá ở xã Tân Hòa đã vùi lấp 5 công nhân.")
    assert compare(trial, today, "vi", across) == []
    # without the year the two dates are two steps of one story
    later_day = view(2, "Đến 8h ngày 21/5, vụ sạt lở tại mỏ đá ở xã Tân Hòa đã vùi lấp 5 công nhân.")
    assert [c.kind for c in compare(later_day, today, "vi", across)] == ["update"]


def test_an_order_of_size_is_no_step_of_a_running_count():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    headline = view(0, "Động đất ở tỉnh Lâm Hà, hàng nghìn người phải sơ tán")
    count = view(1, "Số người phải sơ tán đã tăng lên khoảng 6.200 người.")
    assert [c.kind for c in compare(count, headline, "vi", across)] == []


def test_dates_either_side_of_the_new_year_are_days_apart():
    from claims.conflicts.events import _day_gap, _month_gap

    assert _day_gap(1230, 102) == 3
    assert _day_gap(1230, 630) > 100
    assert _month_gap(1, 1229) == 3  # 29/12 is three days before January


def test_moreover_set_off_by_a_comma_joins_a_new_fact_not_a_part():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    later = view(0, "Số người bị thương hiện là 64 người, trong đó 9 người bị thương nặng.")
    earlier = view(1, "Ngoài ra, 27 người bị thương do nhà đổ.")
    assert [c.kind for c in compare(later, earlier, "vi", across)] == ["update"]
    part = view(2, "Ngoài ra 4 người bị thương nhẹ được sơ cứu tại chỗ.")
    assert compare(part, later, "vi", across) == []  # without the comma it still marks a part


def test_across_outlets_sums_of_money_need_a_shared_term_too():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    fine = view(0, "Theo Bộ luật Hình sự, tội danh này có thể bị phạt tiền tới 2 tỷ đồng.")
    value = view(1, "Cơ quan chức năng ước tính lô hàng có trị giá khoảng 60 tỷ đồng.")
    assert compare(fine, value, "vi", across) == []
    other = view(2, "Theo Công an tỉnh, lô hàng có trị giá khoảng 45 tỷ đồng.", "Công an tỉnh", "organization")
    assert [c.kind for c in compare(other, value, "vi", across)] == ["number_mismatch"]


def test_two_leads_that_date_the_event_to_one_day_are_more_likely_one_event():
    from claims.conflicts.events import EventSignature

    def sig(days, lead):
        return EventSignature(frozenset(), frozenset({"cảng cái lân", "quảng ninh"}), frozenset(), frozenset(days),
                              lead, frozenset(), frozenset())
    a = sig({905}, "Hải quan phát hiện 3 tấn ngà voi trong container tại cảng Cái Lân, Quảng Ninh ngày 5/9")
    b = sig({905}, "Ngày 5/9, công an tỉnh Quảng Ninh khởi tố vụ buôn lậu ngà voi qua cảng Cái Lân")
    c = sig(set(), "Ngày 5/9, công an tỉnh Quảng Ninh khởi tố vụ buôn lậu ngà voi qua cảng Cái Lân")
    assert same_event(a, b) > same_event(a, c)  # the same lead: only the dated day differs


def test_a_figure_both_claims_give_alike_does_not_hide_the_two_that_differ():
    a = view(0, "Kế hoạch vốn của tỉnh Lâm Hà là 8.200 tỷ đồng, đến hết tháng 9 tỉnh mới giải ngân khoảng 2.050 tỷ đồng.")
    b = view(1, "Theo Kho bạc, tỉnh Lâm Hà đã giải ngân khoảng 3.900 tỷ đồng, trên tổng kế hoạch 8.200 tỷ đồng.",
             "Kho bạc", "organization")
    found = compare(b, a)
    assert [(c.kind, c.figure, c.other_figure) for c in found] == [("number_mismatch", "3.900 tỷ đồng", "2.050 tỷ đồng")]


def test_a_headline_is_linked_only_where_its_body_is_not(engine):
    rumour = """# Tin đồn đóng cửa chợ Tân Hòa lan truyền trên mạng

Từ tối 3/10, trên mạng xã hội lan truyền thông tin chợ Tân Hòa ở tỉnh Lâm Hà sẽ đóng cửa một tháng để sửa chữa.
"""
    denial = """# Tỉnh Lâm Hà bác bỏ tin đóng cửa chợ Tân Hòa

Sở Công Thương tỉnh Lâm Hà khẳng định thông tin chợ Tân Hòa đóng cửa một tháng để sửa chữa là sai sự thật.
"""
    (a,) = analyze_text(rumour, "a.txt", use_nlp=False)
    (b,) = analyze_text(denial, "b.txt", use_nlp=False)
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    cross = [(x.kind, x.sentence) for x in sb.conflicts if x.other_article]
    assert ("denial", 1) in cross and ("denial", 0) not in cross


def test_a_rounded_figure_and_one_within_a_tenth_of_it_are_one_count_not_an_update():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    rounded = view(0, "Mưa lớn đã làm hơn 800 ngôi nhà ở xã Tân Hòa bị ngập.")
    exact = view(1, "Mưa lớn đã làm 846 ngôi nhà ở xã Tân Hòa bị ngập.")
    assert compare(exact, rounded, "vi", across) == []
    far = view(2, "Mưa lớn đã làm 1.310 ngôi nhà ở xã Tân Hòa bị ngập.")
    assert [c.kind for c in compare(far, rounded, "vi", across)] == ["update"]
    # a count that does not grow as a story runs (applications, passengers): two figures disagree
    letters = view(3, "Sở nhận được 812 đơn đề nghị phúc khảo bài thi.")
    more = view(4, "Sở nhận được 1.310 đơn đề nghị phúc khảo bài thi.")
    assert [c.kind for c in compare(more, letters, "vi", across)] == ["number_mismatch"]


def test_across_outlets_a_toll_counted_in_people_and_in_who_they_were_is_one_quantity():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    crew = view(0, "Tính đến 16h ngày 9/6, 4 ngư dân của tàu LH-40121 vẫn mất tích.")
    people = view(1, "Theo Đồn Biên phòng Cửa Lấp, tính đến 16h ngày 9/6, tàu LH-40121 còn 5 người mất tích.",
                  "Đồn Biên phòng Cửa Lấp", "organization")
    assert [c.kind for c in compare(people, crew, "vi", across)] == ["number_mismatch"]
    # inside one article "3 học sinh" beside "5 người" is more often a part: not compared
    assert compare(people, crew) == []
    # an animal's "con" is not people
    cattle = view(2, "Tính đến 16h ngày 9/6, lũ đã làm 40 con bò chết.")
    dead = view(3, "Tính đến 16h ngày 9/6, lũ đã làm 3 người chết.")
    assert compare(cattle, dead, "vi", across) == []


def test_still_keeps_the_sentences_time_where_a_comma_and_but_start_a_new_statement():
    still = view(0, "Đến 10h ngày 9/6, tàu cá đã cứu được 6 người, hiện còn 3 người mất tích.")
    (_, missing) = frames(still.text, still.figures, None, None)
    assert missing.as_of is not None and missing.as_of.text.startswith("10h")
    but = view(1, "Đến 10h ngày 9/6, tỉnh Lâm Hà có 6 người chết, còn tỉnh Nam Lâm chưa có báo cáo ngày 10/6 về 3 người mất tích.")
    (_, other) = frames(but.text, but.figures, None, None)
    assert other.as_of is None or not other.as_of.text.startswith("10h")


def test_across_outlets_a_past_years_figure_is_not_set_against_todays_undated_one():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    old = view(0, "Theo cáo trạng, ngày 11/9/2024, vụ sạt lở tại mỏ đá ở xã Tân Hòa làm 4 công nhân bị thương.")
    today = view(1, "Vụ sạt lở tại mỏ đá ở xã Tân Hòa làm 2 công nhân bị thương.")
    assert compare(old, today, "vi", across) == []


def test_a_time_zone_is_not_where_a_figure_holds():
    from claims.conflicts.places import place_mentions

    assert place_mentions("Tính đến 7h sáng 10/5 (giờ Hà Nội), vụ việc làm 9 người chết.") == ()
    assert [m[3] for m in place_mentions("Vụ việc ở Hà Nội làm 9 người chết.")] == ["hà nội"]


def test_the_whole_countrys_figure_is_not_set_against_a_provincial_bodys_own():
    national = view(0, "Quý I, cả nước xuất khẩu 1,9 triệu tấn cà phê Robusta.")
    local = view(1, "Theo Sở Công Thương tỉnh Lâm Hà, quý I các doanh nghiệp trên địa bàn xuất khẩu 310.000 tấn "
                    "cà phê Robusta.", "Sở Công Thương tỉnh Lâm Hà", "organization")
    assert compare(local, national) == []
    # two national figures from two bodies are still compared
    other = view(2, "Quý I, cả nước xuất khẩu 2,2 triệu tấn cà phê Robusta, theo Bộ Công Thương.", "Bộ Công Thương",
                 "organization")
    assert [c.kind for c in compare(other, national)] == ["number_mismatch"]


def test_a_length_is_no_running_count_and_two_outlets_lengths_disagree():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    first = view(0, "Theo ông Hà, đường hầm được đào vào lòng núi khoảng 40 m.")
    second = view(1, "Theo anh Tín, đường hầm đã được đào vào lòng núi khoảng 75 m.")
    assert [c.kind for c in compare(second, first, "vi", across)] == ["number_mismatch"]


def test_a_name_one_lead_gives_as_a_place_and_the_other_as_an_actor_is_shared():
    from claims.conflicts.events import EventSignature

    a = EventSignature(frozenset(), frozenset({"indonesia"}), frozenset({"jakarta"}), frozenset({905}),
                       "Giẫm đạp ở Indonesia", frozenset(), frozenset())
    b = EventSignature(frozenset(), frozenset({"indonesia", "jakarta"}), frozenset(), frozenset({905}),
                       "Giẫm đạp ở Jakarta", frozenset(), frozenset())
    c = EventSignature(frozenset(), frozenset({"indonesia"}), frozenset(), frozenset({905}),
                       "Giẫm đạp ở Jakarta", frozenset(), frozenset())
    assert same_event(a, b) > same_event(a, c)


def test_across_outlets_each_reports_now_is_its_own_time_and_the_later_one_is_the_update():
    from claims.conflicts.figures import Context

    across = Context(same_event=True, a_newer=True, across=True)
    earlier = view(0, "Hiện vẫn còn 17 người mất tích.")
    later = view(1, "Số người còn mất tích hiện là 11 người.")
    assert [c.kind for c in compare(later, earlier, "vi", across)] == ["update"]  # the missing fall as people are found
    # inside one article two "hiện" figures are one moment
    assert [c.kind for c in compare(later, earlier)] == ["number_mismatch"]
    scene = view(2, "Tại hiện trường có 11 người mất tích.")
    assert not frames(scene.text, scene.figures, None, None)[0].now  # "hiện trường" is the scene


def test_last_years_figure_is_not_this_events():
    this = view(0, "Theo Bộ Y tế, 83 người bị thương trong vụ giẫm đạp ở sân vận động Tân Hòa.")
    last = view(1, "Năm ngoái, một vụ giẫm đạp ở sân vận động Tân Hòa cũng khiến 14 người bị thương.")
    assert compare(this, last) == []


def test_a_sentence_linked_to_the_other_articles_body_is_not_linked_to_its_headline_for_the_same_figure(engine):
    police = """# Chìm sà lan trên sông Tân Hòa, 7 người mất tích

Theo Công an tỉnh Lâm Hà, tính đến 9h ngày 4/6, vụ chìm sà lan trên sông Tân Hòa còn 7 người mất tích.
"""
    border = """# Sà lan chìm trên sông Tân Hòa: 9 người mất tích

Theo Bộ đội Biên phòng tỉnh Lâm Hà, tính đến 9h ngày 4/6, vụ chìm sà lan trên sông Tân Hòa còn 9 người mất tích.
"""
    (a,) = analyze_text(police, "a.txt", use_nlp=False)
    (b,) = analyze_text(border, "b.txt", use_nlp=False)
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    cross = sorted((x.kind, x.sentence, x.other_sentence) for x in sb.conflicts if x.other_article)
    assert cross == [("number_mismatch", 1, 1)]


def test_a_gap_between_two_figures_is_not_a_figure_of_the_quantity():
    score = view(0, "Theo thông báo đính chính, điểm chuẩn ngành Luật là 24,5 điểm, thấp hơn 1 điểm so với con số "
                    "công bố trước đó.")
    (_, gap) = frames(score.text, score.figures, None, None)
    assert gap.scope == "difference"
    earlier = view(1, "Theo thông báo của trường, điểm chuẩn ngành Luật là 25,5 điểm.")
    assert [c.kind for c in compare(score, earlier)] == ["correction"]  # the gap no longer reads as agreeing


def test_a_claim_naming_the_others_figure_as_the_wrong_one_corrects_it():
    first = view(0, "Theo thông báo, có 210 thí sinh trúng tuyển ngành Dược.")
    fixed = view(1, "Sau khi rà soát, số thí sinh trúng tuyển ngành Dược là 236 em, không phải 210 em.")
    (f236, f210) = frames(fixed.text, fixed.figures, None, None)
    assert f236.unit == "thísinh" and f210.change == "old"  # "em" counts what "số thí sinh" names
    assert [c.kind for c in compare(fixed, first)] == ["correction"]


def test_the_figure_is_not_a_number_of_phrase():
    from claims.conflicts.frames import number_of

    assert number_of("con số được cập nhật là") == []
    assert number_of("số người được huy động đã tăng lên")[:1] == ["người"]



def test_review_mends_of_the_frame_readers():
    from claims.conflicts.figures import Context
    from claims.conflicts.places import place_mentions

    found = view(0, "Lực lượng cứu hộ đã phát hiện 5 thi thể.")
    assert not frames(found.text, found.figures, None, None)[0].now  # "phát hiện" is no "hiện"
    assert [m[3] for m in place_mentions("Trong 24 giờ Hà Nội ghi nhận 5 ca.")] == ["hà nội"]  # an hour count
    over = view(1, "Có nhiều hơn 300 người đến xem.")
    assert frames(over.text, over.figures, None, None)[0].scope != "difference"  # "over 300", no gap
    dwellers = view(2, "Số dân bị ảnh hưởng là 500 người.")
    assert frames(dwellers.text, dwellers.figures, None, None)[0].unit == "người"  # no junk noun from "số ..."
    across = Context(same_event=True, a_newer=True, across=True)
    crashes = view(3, "Từ sáng đến trưa xảy ra 3 vụ tai nạn làm chết người.")
    dead = view(4, "Các vụ tai nạn làm 5 người chết.")
    assert compare(crashes, dead, "vi", across) == []  # "vụ" does not count people
    epidemic = view(5, "Từ đầu dịch, cả nước ghi nhận 501.649 ca mắc.")
    running = view(6, "Theo Bộ Y tế, cả nước đã ghi nhận 498.000 ca mắc.", "Bộ Y tế", "organization")
    assert [c.kind for c in compare(running, epidemic)] == ["number_mismatch"]  # one epidemic's running total


def test_a_claims_two_later_steps_against_one_stored_claim_are_one_update_naming_both(engine):
    first = """# Lũ quét ở xã Tân Hòa

Theo Ban Chỉ huy phòng chống thiên tai tỉnh Lâm Hà, tính đến 20h ngày 3/9, lũ quét ở xã Tân Hòa đã làm 6 người chết và 9 người mất tích.
"""
    later = """# Lũ quét ở xã Tân Hòa: 11 người chết

Sáng 5/9, Ban Chỉ huy phòng chống thiên tai tỉnh Lâm Hà cho biết lũ quét ở xã Tân Hòa đã làm 11 người chết và 4 người mất tích.
"""
    (a,) = analyze_text(first, "a.txt", use_nlp=False)
    (b,) = analyze_text(later, "b.txt", use_nlp=False)
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    body = [c for c in sb.conflicts if c.other_article and c.sentence == 1]
    assert [(c.kind, c.other_sentence) for c in body] == [("update", 1)]
    assert "11 người" in body[0].figure and "4 người" in body[0].figure
    assert "6 người" in body[0].other_figure and "9 người" in body[0].other_figure
    assert body[0].reason.count("[") == 1  # the other article named once


def test_the_places_of_an_according_to_phrase_are_the_sources():
    text = "Theo Ban Chỉ huy phòng chống thiên tai tỉnh Lâm Hà, lũ đã làm 12 người chết."
    (fr,) = frames(text, tuple(extract(text)), "Ban Chỉ huy", "Ban Chỉ huy")  # a stored short mention
    assert fr.places == ()
    text = "Theo Ban Chỉ huy, lũ ở tỉnh Lâm Hà đã làm 12 người chết."
    (fr,) = frames(text, tuple(extract(text)), "Ban Chỉ huy", "Ban Chỉ huy")
    assert fr.place_text  # a place said after the phrase is the figure's
