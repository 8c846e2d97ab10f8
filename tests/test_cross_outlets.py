"""Figures across outlets and the frame readers they rest on (issue 11, session of 2026-12-01,
fourth): a shared term for figures without a harm word, scopes compared only with their own kind
(a calendar period, a target, a gap, every group), people counted two ways, each report's "hiện",
headlines that echo their body, corrections that name the wrong figure. Every sentence here was
written for the project."""
from claims.analyze import analyze_text
from claims.conflicts import ClaimView, compare
from claims.conflicts.events import same_event
from claims.conflicts.figures import Context
from claims.conflicts.frames import frames
from claims.numbers import extract
from claims.store import store_reports
from claimviews import ACROSS


# two claims from two articles reported as one event, `a` the newer (what the cross pass gives)


def view(ref, text, source=None, stype=None, cue=None):
    return ClaimView(ref, text, source, stype, tuple(extract(text)), None, source, cue)


def test_across_outlets_one_counted_noun_with_two_predicates_is_not_one_quantity():
    lost = view(0, "Khoảng 64.000 hộ dân ở tỉnh Lâm Hà bị mất điện sau cơn giông chiều 2/6.")
    restored = view(1, "Đến 22h ngày 2/6, điện lực tỉnh Lâm Hà đã cấp điện trở lại cho 41.000 hộ dân.")
    assert compare(restored, lost, "vi", ACROSS) == []  # households restored are not households cut off
    aboard = view(2, "Theo Đồn Biên phòng Cửa Lấp, tàu cá LH-40121 có 9 ngư dân khi xuất bến ngày 1/6.")
    rescued = view(3, "Đến trưa 3/6, 4 ngư dân đã được tàu hàng đi ngang cứu vớt.")
    assert compare(rescued, aboard, "vi", ACROSS) == []  # the crew rescued is not the crew aboard
    # the same quantity worded around one shared term is still compared across outlets
    other = view(4, "Ông Lê Văn Sáu, chủ tàu, cho biết tàu cá LH-40121 xuất bến ngày 1/6 với 10 ngư dân.",
                 "Lê Văn Sáu", "person")
    assert [c.kind for c in compare(other, aboard, "vi", ACROSS)] == ["number_mismatch"]


def test_across_outlets_a_higher_damage_count_in_the_later_report_is_an_update_and_a_vague_one_is_no_step():
    morning = view(0, "Tính đến 9h ngày 4/7, lốc xoáy đã làm hơn 300 căn nhà ở xã Tân Hòa bị tốc mái.")
    evening = view(1, "Lốc xoáy cũng khiến 812 căn nhà bị tốc mái, trong đó 12 căn bị sập.")
    assert [c.kind for c in compare(evening, morning, "vi", ACROSS)] == ["update"]
    headline = view(2, "Lốc xoáy quét qua xã Tân Hòa, hàng trăm căn nhà bị tốc mái")
    assert compare(evening, headline, "vi", ACROSS) == []  # "hàng trăm" is an order of size, not a count


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
    today = view(0, "Khoảng 15h ngày 20/5, vụ sạt lở tại mỏ đá ở xã Tân Hòa đã vùi lấp 2 công nhân.")
    trial = view(1, "Theo cáo trạng, khoảng 8h ngày 11/9/2024, vụ sạt lở tại mỏ đá ở xã Tân Hòa đã vùi lấp 5 công nhân.")
    assert compare(trial, today, "vi", ACROSS) == []
    # without the year the two dates are two steps of one story
    later_day = view(2, "Đến 8h ngày 21/5, vụ sạt lở tại mỏ đá ở xã Tân Hòa đã vùi lấp 5 công nhân.")
    assert [c.kind for c in compare(later_day, today, "vi", ACROSS)] == ["update"]


def test_an_order_of_size_is_no_step_of_a_running_count():
    headline = view(0, "Động đất ở tỉnh Lâm Hà, hàng nghìn người phải sơ tán")
    count = view(1, "Số người phải sơ tán đã tăng lên khoảng 6.200 người.")
    assert [c.kind for c in compare(count, headline, "vi", ACROSS)] == []


def test_dates_either_side_of_the_new_year_are_days_apart():
    from claims.conflicts.events import _day_gap, _month_gap

    assert _day_gap(1230, 102) == 3
    assert _day_gap(1230, 630) > 100
    assert _month_gap(1, 1229) == 3  # 29/12 is three days before January


def test_moreover_set_off_by_a_comma_joins_a_new_fact_not_a_part():
    later = view(0, "Số người bị thương hiện là 64 người, trong đó 9 người bị thương nặng.")
    earlier = view(1, "Ngoài ra, 27 người bị thương do nhà đổ.")
    assert [c.kind for c in compare(later, earlier, "vi", ACROSS)] == ["update"]
    part = view(2, "Ngoài ra 4 người bị thương nhẹ được sơ cứu tại chỗ.")
    assert compare(part, later, "vi", ACROSS) == []  # without the comma it still marks a part


def test_across_outlets_sums_of_money_need_a_shared_term_too():
    fine = view(0, "Theo Bộ luật Hình sự, tội danh này có thể bị phạt tiền tới 2 tỷ đồng.")
    value = view(1, "Cơ quan chức năng ước tính lô hàng có trị giá khoảng 60 tỷ đồng.")
    assert compare(fine, value, "vi", ACROSS) == []
    other = view(2, "Theo Công an tỉnh, lô hàng có trị giá khoảng 45 tỷ đồng.", "Công an tỉnh", "organization")
    assert [c.kind for c in compare(other, value, "vi", ACROSS)] == ["number_mismatch"]


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
    rounded = view(0, "Mưa lớn đã làm hơn 800 ngôi nhà ở xã Tân Hòa bị ngập.")
    exact = view(1, "Mưa lớn đã làm 846 ngôi nhà ở xã Tân Hòa bị ngập.")
    assert compare(exact, rounded, "vi", ACROSS) == []
    far = view(2, "Mưa lớn đã làm 1.310 ngôi nhà ở xã Tân Hòa bị ngập.")
    assert [c.kind for c in compare(far, rounded, "vi", ACROSS)] == ["update"]
    # a count that does not grow as a story runs (applications, passengers): two figures disagree
    letters = view(3, "Sở nhận được 812 đơn đề nghị phúc khảo bài thi.")
    more = view(4, "Sở nhận được 1.310 đơn đề nghị phúc khảo bài thi.")
    assert [c.kind for c in compare(more, letters, "vi", ACROSS)] == ["number_mismatch"]


def test_across_outlets_a_toll_counted_in_people_and_in_who_they_were_is_one_quantity():
    crew = view(0, "Tính đến 16h ngày 9/6, 4 ngư dân của tàu LH-40121 vẫn mất tích.")
    people = view(1, "Theo Đồn Biên phòng Cửa Lấp, tính đến 16h ngày 9/6, tàu LH-40121 còn 5 người mất tích.",
                  "Đồn Biên phòng Cửa Lấp", "organization")
    assert [c.kind for c in compare(people, crew, "vi", ACROSS)] == ["number_mismatch"]
    # inside one article "3 học sinh" beside "5 người" is more often a part: not compared
    assert compare(people, crew) == []
    # an animal's "con" is not people
    cattle = view(2, "Tính đến 16h ngày 9/6, lũ đã làm 40 con bò chết.")
    dead = view(3, "Tính đến 16h ngày 9/6, lũ đã làm 3 người chết.")
    assert compare(cattle, dead, "vi", ACROSS) == []


def test_still_keeps_the_sentences_time_where_a_comma_and_but_start_a_new_statement():
    still = view(0, "Đến 10h ngày 9/6, tàu cá đã cứu được 6 người, hiện còn 3 người mất tích.")
    (_, missing) = frames(still.text, still.figures, None, None)
    assert missing.as_of is not None and missing.as_of.text.startswith("10h")
    but = view(1, "Đến 10h ngày 9/6, tỉnh Lâm Hà có 6 người chết, còn tỉnh Nam Lâm chưa có báo cáo ngày 10/6 về 3 người mất tích.")
    (_, other) = frames(but.text, but.figures, None, None)
    assert other.as_of is None or not other.as_of.text.startswith("10h")


def test_across_outlets_a_past_years_figure_is_not_set_against_todays_undated_one():
    old = view(0, "Theo cáo trạng, ngày 11/9/2024, vụ sạt lở tại mỏ đá ở xã Tân Hòa làm 4 công nhân bị thương.")
    today = view(1, "Vụ sạt lở tại mỏ đá ở xã Tân Hòa làm 2 công nhân bị thương.")
    assert compare(old, today, "vi", ACROSS) == []


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
    first = view(0, "Theo ông Hà, đường hầm được đào vào lòng núi khoảng 40 m.")
    second = view(1, "Theo anh Tín, đường hầm đã được đào vào lòng núi khoảng 75 m.")
    assert [c.kind for c in compare(second, first, "vi", ACROSS)] == ["number_mismatch"]


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
    earlier = view(0, "Hiện vẫn còn 17 người mất tích.")
    later = view(1, "Số người còn mất tích hiện là 11 người.")
    assert [c.kind for c in compare(later, earlier, "vi", ACROSS)] == ["update"]  # the missing fall as people are found
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
    from claims.conflicts.places import place_mentions

    found = view(0, "Lực lượng cứu hộ đã phát hiện 5 thi thể.")
    assert not frames(found.text, found.figures, None, None)[0].now  # "phát hiện" is no "hiện"
    assert [m[3] for m in place_mentions("Trong 24 giờ Hà Nội ghi nhận 5 ca.")] == ["hà nội"]  # an hour count
    over = view(1, "Có nhiều hơn 300 người đến xem.")
    assert frames(over.text, over.figures, None, None)[0].scope != "difference"  # "over 300", no gap
    dwellers = view(2, "Số dân bị ảnh hưởng là 500 người.")
    assert frames(dwellers.text, dwellers.figures, None, None)[0].unit == "người"  # no junk noun from "số ..."
    crashes = view(3, "Từ sáng đến trưa xảy ra 3 vụ tai nạn làm chết người.")
    dead = view(4, "Các vụ tai nạn làm 5 người chết.")
    assert compare(crashes, dead, "vi", ACROSS) == []  # "vụ" does not count people
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


# ---------------------------------------------------------------- session of 2026-12-01 (fifth)
def test_a_known_name_inside_a_longer_name_or_a_kilometre_post_is_no_place():
    from claims.conflicts.places import place_mentions

    names = {name for *_, name in place_mentions("Xe khách gặp nạn tại Km 42+300 cao tốc Pháp Vân - Cầu Giẽ.")}
    assert "pháp" not in names and "km" not in names  # "Pháp Vân" is no France
    assert "pháp" in {name for *_, name in place_mentions("Đoàn đại biểu từ Pháp đến Hà Nội sáng nay.")}


def test_a_rise_by_some_amount_is_a_gap_and_a_bare_numeral_counts_its_so_phrase():
    text = "Theo công an, số người bị thương được xác định là 9, tăng 2 người so với thông tin ban đầu."
    by_text = {f.figure.text: f for f in frames(text, tuple(extract(text)), None, None)}
    assert (by_text["9"].key, by_text["9"].scope) == (("người", "injured"), None)
    assert by_text["2 người"].scope == "difference"  # how far the figures moved, not a count
    later = view(0, text, "công an", "organization")
    earlier = view(1, "Vụ sập mái che làm 7 người bị thương, được đưa đi cấp cứu.")
    assert [(c.kind, c.figure) for c in compare(later, earlier, "vi", ACROSS)] == [("update", "9")]


def test_among_some_group_is_a_part_and_a_sentence_opening_with_a_period_gives_every_figure_for_it():
    part = view(0, "Trong số người bị thương, 2 người đã xuất viện, 5 người vẫn điều trị.")
    whole = view(1, "Vụ sập mái che làm 7 người bị thương, được đưa đi cấp cứu.")
    assert compare(part, whole, "vi", ACROSS) == []
    text = "Theo báo cáo, 9 tháng đầu năm 2026, toàn tỉnh xảy ra 5 vụ ngộ độc thực phẩm với 96 người mắc, 3 người tử vong."
    assert {f.scope for f in frames(text, tuple(extract(text)), None, None)} == {"period"}
    for opener in ("Năm 2025, tuyến đường này xảy ra 31 vụ tai nạn, làm 9 người chết.",
                   "Trong tuần đầu tiên của năm 2026, thành phố xảy ra 14 vụ tai nạn, làm 8 người chết."):
        assert {f.scope for f in frames(opener, tuple(extract(opener)), None, None)} == {"period"}, opener
    one = view(2, "Cả gia đình ngộ độc sau khi ăn nấm rừng, một người tử vong.")
    assert compare(view(3, text), one, "vi", ACROSS) == []


def test_a_figures_own_predicate_ends_at_the_next_coordinated_one():
    from claims import lexicon
    from claims.conflicts.terms import predicate_terms

    text = "Đại diện chủ tàu cho biết vệt dầu dài khoảng 700 m và đã được khoanh lại bằng phao quây."
    (f,) = extract(text)
    assert "phao quây" not in predicate_terms(text, f, lexicon.get("vi"))  # the booms are not what is measured


def test_vehicles_striking_one_another_are_a_crash():
    from claims.conflicts.frames import event_kinds
    from claims import lexicon

    assert event_kinds("Sương mù dày đặc khiến 7 ô tô đâm liên hoàn trên cao tốc.", lexicon.get("vi")) == {"crash"}


def test_a_plunge_off_a_pass_is_a_crash_and_fake_goods_a_seizure_of_their_own_kind():
    from claims import lexicon
    from claims.conflicts.frames import event_kinds

    lex = lexicon.get("vi")
    assert event_kinds("Xe khách lao xuống vực trên đèo Khánh Lê", lex) == {"crash"}
    assert event_kinds("Triệt phá đường dây sản xuất thuốc giả ở ngoại thành", lex) == {"counterfeit"}


def test_a_rounded_figure_named_as_the_wrong_one_corrects_the_same_rounded_figure():
    fixed = view(0, "Số hàng bị thu giữ được điều chỉnh lại là hơn 30.000 sản phẩm, thay vì hơn 3 triệu sản phẩm.",
                 "Công an tỉnh", "organization")
    first = view(1, "Lực lượng chức năng thu giữ hơn 3 triệu sản phẩm các loại.")
    assert [(c.kind, c.figure, c.other_figure) for c in compare(fixed, first, "vi", ACROSS)] == \
        [("correction", "30.000 sản phẩm", "3 triệu sản phẩm")]


def test_a_year_inside_a_sentence_dates_one_event_and_quarters_and_falls_read_right():
    for text, scope in (("Vụ cháy chung cư xảy ra tháng 9 năm 2023, làm 56 người chết.", None),
                        ("Năm 2023, thành phố xảy ra 12 vụ cháy, làm 61 người chết.", "period"),
                        ("Quý III, toàn tỉnh xảy ra 5 vụ ngộ độc, làm 2 người tử vong.", "period"),
                        ("Xuất khẩu gạo 9 tháng đầu năm đạt 6,1 triệu tấn.", "period"),
                        ("Giá nhà quý III ở mức 74 triệu đồng/m2.", None),  # a price holds at a time, no total
                        ("Kim ngạch xuất khẩu gạo tháng 10 tăng 12% so với cùng kỳ.", None)):
        assert {f.scope for f in frames(text, tuple(extract(text)), None, None)} == {scope}, text
    morning = view(0, "Sáng nay, số người mất tích trong vụ lật thuyền đã giảm xuống 5 người.")
    evening = view(1, "Đến chiều, số người mất tích trong vụ lật thuyền giảm xuống 3 người.")
    (step,) = compare(evening, morning)
    assert (step.kind, step.figure, step.other_figure) == ("update", "3 người", "5 người")
    assert "“3 người”" in step.reason.split("thay cho")[0]  # the lower one is the later count


def test_the_figure_named_as_wrong_is_set_against_the_one_just_before_it_and_the_same_quantity():
    fixed = view(0, "Vụ sập giàn giáo làm 5 người chết và 12 người bị thương, không phải 10 như tin ban đầu.",
                 "Công an tỉnh", "organization")
    first = view(1, "Vụ sập giàn giáo làm 5 người chết và 10 người bị thương.")
    assert [(c.kind, c.figure, c.other_figure) for c in compare(fixed, first)] == [("correction", "12 người", "10 người")]
    dead = view(2, "Số người tử vong trong vụ sập giàn giáo là 4 người, không phải 2.", "Công an tỉnh", "organization")
    injured = view(3, "Vụ sập giàn giáo làm 2 người bị thương và 3 người chết.")
    assert not any(c.kind == "correction" for c in compare(dead, injured))  # "2" counted the dead


def test_a_country_and_an_envoy_in_it_are_two_parties_a_government_and_its_country_one():
    from claims import lexicon
    from claims.conflicts.statements import same_party

    lex = lexicon.get("vi")
    country = ClaimView(0, "Ukraine bác bỏ thông tin trên.", "Ukraine", "organization", ())
    envoy = ClaimView(1, "Đại sứ Nga tại Ukraine khẳng định điều ngược lại.", "Đại sứ Nga tại Ukraine", "person", ())
    government = ClaimView(2, "Chính phủ Ukraine khẳng định không có kế hoạch.", "Chính phủ Ukraine", "organization", ())
    assert not same_party(country, envoy, lex) and same_party(country, government, lex)


def test_among_the_data_is_no_part_a_value_is_no_price_and_countries_keep_their_place():
    from claims.conflicts.places import place_mentions

    data = view(0, "Trong số liệu cập nhật chiều nay, Bộ Y tế cho biết 45 người phải nhập viện.", "Bộ Y tế", "organization")
    other = view(1, "Theo Sở Y tế, 60 người phải nhập viện.", "Sở Y tế", "organization")
    assert [c.kind for c in compare(data, other, "vi", ACROSS)] == ["number_mismatch"]
    price = view(2, "Giá cà phê xuất khẩu của Brazil ở mức 5.200 USD/tấn.")
    for worth in ("Lô cà phê xuất khẩu của Brazil trị giá khoảng 9,1 tỷ USD.",
                  "Lô cà phê xuất khẩu của Brazil có giá trị khoảng 9,1 tỷ USD."):
        assert compare(view(3, worth), price) == [], worth
    assert [n for *_, n in place_mentions("Riêng Mỹ nhập khẩu 2 triệu tấn.")] == ["mỹ"]
    assert [n for *_, n in place_mentions("Tổng thống Mỹ Donald Trump nói 3 người chết.")] == ["mỹ"]


def test_one_authority_s_dated_figures_in_two_reports_of_one_event_are_one_running_count():
    """The same source, each figure as of a moment: a running count however the outlets word it."""
    event = Context(same_event=True, a_newer=True, across=True)
    earlier = view(0, "Cơ quan Cứu hỏa bang Lâm cho biết tính đến trưa 20/2, đám cháy đã thiêu rụi khoảng 18.000 ha rừng.",
                   "Cơ quan Cứu hỏa bang Lâm", "organization")
    later = view(1, "Cơ quan Cứu hỏa bang Lâm cho biết tính đến sáng 21/2, diện tích bị cháy đã lên tới khoảng 26.500 ha.",
                 "Cơ quan Cứu hỏa bang Lâm", "organization")
    assert [c.kind for c in compare(later, earlier, "vi", event)] == ["update"]
    # one dated figure is not enough: "được xác định là" says no moment
    undated = view(3, "Cơ quan Cứu hỏa bang Lâm cho biết diện tích bị cháy được xác định là khoảng 26.500 ha.",
                   "Cơ quan Cứu hỏa bang Lâm", "organization")
    assert compare(undated, earlier, "vi", event) == []
    # two sources worded apart are still not taken as one quantity without a shared term
    other = view(2, "Người dân cho biết tính đến sáng 21/2, lửa đã lan qua khoảng 30.000 ha.", "Người dân", "anonymous")
    assert compare(other, earlier, "vi", event) == []


def test_two_tolls_at_the_scene_from_two_sources_disagree_rather_than_follow_one_another():
    earlier = view(0, "Theo thông tin ban đầu từ Công an tỉnh Lâm Hà, vụ tai nạn khiến 4 người chết tại chỗ và 18 người bị thương.",
                   "Công an tỉnh Lâm Hà", "organization")
    later = view(1, "Theo ông Phạm Quốc Hưng, Phó Trưởng ban An toàn giao thông tỉnh, vụ tai nạn làm 6 người tử vong tại chỗ.",
                 "Phạm Quốc Hưng", "person")
    assert [c.kind for c in compare(later, earlier, "vi", ACROSS)] == ["number_mismatch"]
    # a later total of all who died may still be a step after the toll at the scene
    total = view(2, "Đến tối cùng ngày, vụ tai nạn đã làm 7 người tử vong.")
    assert [c.kind for c in compare(total, earlier, "vi", ACROSS)] == ["update"]


def test_a_correction_that_names_the_wrong_figure_corrects_only_that_figure():
    site = view(0, "Toàn bộ khu nhà xưởng của công ty có diện tích 12.000 m2, gồm ba dãy xưởng và một khu kho.")
    first = view(1, "Vụ cháy thiêu rụi khoảng 5.000 m2 nhà xưởng.")
    fixed = view(2, "UBND thị xã đính chính, diện tích nhà xưởng bị cháy là khoảng 3.000 m2, không phải 5.000 m2 như thông tin ban đầu.",
                 "UBND thị xã", "organization")
    assert [c.kind for c in compare(fixed, first, "vi", ACROSS)] == ["correction"]
    assert compare(fixed, site, "vi", ACROSS) == []


def test_my_figure_linked_to_the_other_body_is_not_also_an_update_on_its_rounded_headline(engine, pipeline):
    first = """Gần 90 học sinh nhập viện nghi ngộ độc sau bữa trưa bán trú

Trưa 15/10, nhiều học sinh Trường tiểu học Tân Lập, tỉnh Lâm Hà đau bụng sau bữa ăn bán trú. Theo Bệnh viện Đa khoa tỉnh Lâm Hà, tính đến 20h ngày 15/10, tổng cộng 87 học sinh đã phải nhập viện.
"""
    second = """Vụ ngộ độc tại Trường tiểu học Tân Lập: Sở Y tế công bố 112 học sinh nhập viện

Sáng 16/10, Sở Y tế tỉnh Lâm Hà có báo cáo nhanh về vụ ngộ độc tại Trường tiểu học Tân Lập. Theo báo cáo, tính đến 20h ngày 15/10, có 112 học sinh nhập viện sau bữa trưa bán trú.
"""
    (a,) = analyze_text(first, "a.txt")
    (b,) = analyze_text(second, "b.txt")
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    cross = sorted((x.kind, x.other_sentence) for x in sb.conflicts if x.other_article and x.sentence == 2)
    assert cross == [("number_mismatch", 2)]


def test_among_a_counted_total_a_part_is_no_other_figure():
    total = view(0, "Theo cảnh sát, tính đến 10h sáng 22/3, vụ cháy khách sạn đã khiến 9 người thiệt mạng và 23 người bị thương.",
                 "cảnh sát", "organization")
    part = view(1, "Trong số 23 người bị thương, 5 người đang trong tình trạng nguy kịch.")
    assert compare(part, total, "vi", ACROSS) == []


def test_a_clock_time_and_the_date_after_it_are_one_moment_and_one_outlet_may_write_the_year():
    morning = view(0, "Theo ông Trần Văn Khải, Phó chủ tịch UBND thị xã, tính đến 6h sáng ngày 3/11, vụ sập lò đã làm 3 công nhân tử vong.",
                   "Trần Văn Khải", "person")
    (f,) = frames(morning.text, morning.figures, None, None)
    assert f.as_of.day == 1103 and f.as_of.minutes == 360
    evening = view(1, "Đến 18h ngày 3/11/2025, lực lượng cứu hộ đưa thêm 2 thi thể công nhân ra khỏi lò, nâng số người tử vong lên 5 người.")
    assert [c.kind for c in compare(evening, morning, "vi", ACROSS)] == ["update"]


def test_a_dam_release_belongs_to_its_flood():
    from claims import lexicon
    from claims.conflicts.frames import event_kinds

    lex = lexicon.get("vi")
    assert event_kinds("Thủy điện Sông Lam tăng lưu lượng xả lũ lên 1.500 m3/s", lex) == \
        event_kinds("Mưa lũ nhấn chìm nhiều xã ở hạ du Sông Lam", lex) == {"flood"}


def test_another_day_written_with_its_year_may_be_another_year_s():
    last_year = view(0, "Theo Ban chỉ huy, đến 8h ngày 11/9/2024, vụ sạt lở đã vùi lấp 5 công nhân.", "Ban chỉ huy", "organization")
    now = view(1, "Đến 15h ngày 13/9, vụ sạt lở đã vùi lấp 2 công nhân.")
    assert compare(now, last_year, "vi", ACROSS) == []


def test_a_provincial_body_counts_its_own_province_and_a_rate_of_another_day_is_another_rate():
    neighbour = view(2, "Theo báo cáo của Sở Y tế tỉnh Kon Tum, tỉnh láng giềng này cũng đã ghi nhận 95 ca mắc sởi tính đến ngày 10/4.",
                     "báo cáo của Sở Y tế tỉnh Kon Tum", "document")
    home = view(1, "Tính đến ngày 10/4/2025, tỉnh Gia Lai đã ghi nhận 412 ca mắc sởi, tăng mạnh so với cùng kỳ năm trước.")
    assert compare(neighbour, home, "vi", ACROSS) == []
    monday = view(3, "Cổ phiếu PNTV giảm 3,4% trong phiên giao dịch ngày 20/10 sau khi báo cáo được công bố.")
    tuesday = view(4, "Trong phiên sáng 21/10, cổ phiếu PNTV đã tăng trở lại 1,2%.")
    assert compare(tuesday, monday, "vi", ACROSS) == []


def test_households_however_called_and_power_cuts_or_earnings_are_kinds_of_event():
    from claims import lexicon
    from claims.conflicts.frames import event_kinds

    fixed = view(1, "Theo văn bản, số hộ dân bị mất điện là khoảng 82.000 hộ, không phải 120.000 hộ như thông tin ban đầu.",
                 "văn bản", "document")
    first = view(0, "Khoảng 120.000 hộ dân tại thành phố Vinh và 5 huyện lân cận bị mất điện trong nhiều giờ.")
    assert [c.kind for c in compare(fixed, first, "vi", ACROSS)] == ["correction"]
    lex = lexicon.get("vi")
    assert event_kinds("Hàng trăm nghìn hộ dân mất điện giữa đợt nắng nóng", lex) == {"outage", "heatwave"}
    assert "earnings" in event_kinds("Ngân hàng bác bỏ nghi vấn làm đẹp lợi nhuận quý III", lex)
