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
    # (the rescued are a count of their own, not the missing of the next clause)
    assert harms == {"hàng chục người": None, "3 người": "rescued", "4 ngư dân": "missing"}
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



def test_two_rises_of_one_toll_are_two_steps_and_the_headline_summing_up_is_no_step():
    r, found = links("# Số người bị thương trong vụ cháy chợ Tân Lập tăng lên 15\n\n"
                     "Sáng nay, số người bị thương trong vụ cháy chợ Tân Lập đã tăng lên 9.\n\n"
                     "Đến chiều, số người bị thương trong vụ cháy chợ Tân Lập tăng lên 15.")
    assert found == [("update", 2, 1)]
    step = r.conflicts[0]
    assert (step.figure, step.other_figure) == ("15", "9")
