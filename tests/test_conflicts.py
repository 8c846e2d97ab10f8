import pytest

from claims.analyze import analyze_text
from claims.conflicts import ClaimView, compare, explanation, within
from claims.numbers import extract


def view(ref, text, source=None, stype=None, cue=None):
    return ClaimView(ref, text, source, stype, tuple(extract(text)), None, source, cue)


def test_number_mismatch_on_the_same_event():
    a = view(0, "Trận động đất ở tỉnh Kiên Hòa làm 27 người chết.", "Bộ Y tế", "organization")
    b = view(1, "Theo chính quyền tỉnh Kiên Hòa, trận động đất làm 31 người chết.", "chính quyền tỉnh Kiên Hòa", "organization")
    found = compare(b, a)
    assert [c.kind for c in found] == ["number_mismatch"]
    assert "31 người" in found[0].reason and "27 người" in found[0].reason


def test_compatible_figures_and_different_things_are_not_conflicts():
    a = view(0, "Ở tỉnh Kiên Hòa có hơn 30 người bị thương.")
    b = view(1, "Tỉnh Kiên Hòa ghi nhận 34 người bị thương.")
    assert compare(b, a) == []
    c = view(2, "Thành phố Bắc Lâm có 12 người chết vì nắng nóng.")
    d = view(3, "Huyện Đông Sơn có 5 người chết do sét đánh.")
    assert compare(d, c) == []


def test_breakdown_is_not_a_conflict():
    a = view(0, "Bão Mây Trắng làm 40 người chết ở tỉnh Kiên Hòa, gồm 25 người chết do lũ.")
    b = view(1, "Bão Mây Trắng đã làm 40 người chết tại tỉnh Kiên Hòa.")
    assert compare(b, a) == []


def test_denial_by_another_party():
    a = view(0, "Nhiều tài khoản mạng xã hội cho rằng Công ty Thép Hòa Phát Lâm xả thải ra sông Mã Lâm.",
             "Nhiều tài khoản mạng xã hội", "anonymous", "cho rằng")
    b = view(1, "Công ty Thép Hòa Phát Lâm phủ nhận thông tin xả thải ra sông Mã Lâm.",
             "Công ty Thép Hòa Phát Lâm", "organization", "phủ nhận")
    found = compare(b, a)
    assert [c.kind for c in found] == ["denial"]


def test_unattributed_narration_is_not_a_denial_partner():
    a = view(0, "Công ty Thép Hòa Phát Lâm đã xây trạm xử lý nước thải năm 2020.")
    b = view(1, "Công ty Thép Hòa Phát Lâm phủ nhận thông tin xả thải.", "Công ty Thép Hòa Phát Lâm", "organization", "phủ nhận")
    assert compare(b, a) == []


def test_contradiction_by_polarity():
    a = view(0, "Ông Lý Văn Kiên cho biết nhà máy Đông Phong đã được cấp phép xây dựng.", "Lý Văn Kiên", "person")
    b = view(1, "Sở Xây dựng cho biết nhà máy Đông Phong chưa được cấp phép xây dựng.", "Sở Xây dựng", "organization")
    assert [c.kind for c in compare(b, a)] == ["contradiction"]


ARTICLE = """# Cháy chợ Đồng Xuân Mới

Theo Cảnh sát PCCC tỉnh Kiên Hòa, vụ cháy chợ Đồng Xuân Mới làm 120 ki-ốt bị thiêu rụi.

Ban quản lý chợ Đồng Xuân Mới cho biết vụ cháy làm 85 ki-ốt bị thiêu rụi.

Một số tiểu thương cho rằng chợ Đồng Xuân Mới không có bình chữa cháy.

Ban quản lý chợ Đồng Xuân Mới bác bỏ thông tin trên và khẳng định chợ có đủ bình chữa cháy.
"""


def test_conflicts_inside_one_article_flag_both_sentences():
    rep = analyze_text(ARTICLE, use_nlp=False)[0]
    kinds = sorted(c.kind for c in rep.conflicts)
    assert kinds == ["denial", "number_mismatch"]
    for c in rep.conflicts:
        assert c.other_article is None
        assert "conflict" in rep.sentences[c.sentence].flags
        assert "conflict" in rep.sentences[c.other_sentence].flags


def test_within_reports_each_pair_once():
    rep = analyze_text(ARTICLE, use_nlp=False)[0]
    again = within(rep.claim_views())
    pairs = [frozenset({c.sentence, c.other_sentence}) for c in again]
    assert len(pairs) == len(set(pairs))


def test_breakdown_and_kinds_of_people_are_not_conflicts():
    a = view(0, "Tỉnh Kiên Hòa có 9 người chết, trong đó riêng huyện Đông Sơn có 4 người chết.", "Sở Y tế", "organization")
    b = view(1, "Mưa lũ ở tỉnh Kiên Hòa làm 9 người chết.")
    assert compare(b, a) == []
    c = view(2, "Ở phường Tân Lạc, hai người phụ nữ bị bắt.", "Công an", "organization")
    d = view(3, "Ở phường Tân Lạc, 3 người đàn ông bị bắt.", "Công an huyện", "organization")
    assert compare(d, c) == []


def test_competing_explanations_from_different_sources():
    a = view(0, "Các quan chức ngân hàng Đông Á cho biết lãi suất tăng vì lạm phát cao.",
             "Các quan chức ngân hàng Đông Á", "anonymous", "cho biết")
    b = view(1, "Ông Tạ Quang Huy nhận định ngân hàng Đông Á tăng lãi suất nhằm hút vốn trước kỳ báo cáo.",
             "Tạ Quang Huy", "person", "nhận định")
    found = compare(b, a)
    assert [c.kind for c in found] == ["contradiction"]
    assert "lạm phát cao" in found[0].reason and "hút vốn trước kỳ báo cáo" in found[0].reason


def test_explanations_that_agree_or_explain_other_things_are_not_conflicts():
    a = view(0, "Sở Giao thông tỉnh Nam Lâm cho biết ùn tắc trên cầu Sông Mây là do mưa lớn kéo dài.",
             "Sở Giao thông tỉnh Nam Lâm", "organization", "cho biết")
    same_reason = view(1, "Một tài xế xe buýt nói ùn tắc trên cầu Sông Mây vì mưa lớn làm ngập mặt cầu.",
                       "Một tài xế xe buýt", "anonymous", "nói")
    assert compare(same_reason, a) == []
    other_matter = view(2, "Ông Phan Đức Lộc cho biết giá rau ở chợ Sông Mây tăng vì nguồn cung giảm.",
                        "Phan Đức Lộc", "person", "cho biết")
    assert compare(other_matter, a) == []
    points_back = view(3, "Bà Lê Thu Hà nhận định điều này gây ùn tắc trên cầu Sông Mây.", "Lê Thu Hà", "person", "nhận định")
    assert compare(points_back, a) == []  # "điều này" names no cause of its own


def test_passive_do_is_not_a_reason():
    a = view(0, "Ông Trần Văn Khải cho biết giấy phép xây cầu Sông Mây do Sở Xây dựng cấp năm 2019.",
             "Trần Văn Khải", "person", "cho biết")
    assert explanation(a) is None
    b = view(1, "Ông Trần Văn Khải cho biết cầu Sông Mây xuống cấp, chủ yếu do xe quá tải.", "Trần Văn Khải", "person", "cho biết")
    assert explanation(b).reason == "xe quá tải"


def test_competing_explanations_only_inside_one_article():
    a = view(0, "Các quan chức ngân hàng Đông Á cho biết lãi suất tăng vì lạm phát cao.",
             "Các quan chức ngân hàng Đông Á", "anonymous", "cho biết")
    b = ClaimView(7, "Ông Tạ Quang Huy nhận định ngân hàng Đông Á tăng lãi suất nhằm hút vốn trước kỳ báo cáo.",
                  "Tạ Quang Huy", "person", (), "older-article", "Tạ Quang Huy", "nhận định")
    assert compare(a, b) == []


def test_opposite_actions_by_different_parties():
    a = view(0, "Nhiều nguồn tin cho biết các nhóm nổi dậy ở tỉnh Bắc Lâm đã tạm dừng tấn công đồn biên phòng.",
             "Nhiều nguồn tin", "anonymous")
    b = view(1, "Nhóm Hổ Xám ở tỉnh Bắc Lâm tuyên bố sẽ tiếp tục tấn công cho đến khi quân đội rút đi.",
             "Nhóm Hổ Xám", "organization")
    found = compare(b, a)
    assert [c.kind for c in found] == ["contradiction"]
    assert "tiếp tục tấn công" in found[0].reason and "tạm dừng tấn công" in found[0].reason
    unrelated = view(2, "Bộ Tài chính ở thủ đô Nam Kỳ tuyên bố sẽ tiếp tục tấn công nạn buôn lậu.", "Bộ Tài chính", "organization")
    assert compare(unrelated, a) == []  # no shared name: not the same matter


def test_offence_label_is_not_a_denial():
    # "xử lý ... đăng tin sai sự thật" names a charge; the police's later "là sai sự thật" is the denial
    text = """# Tin đồn bắt cóc ở phường Hòa Khánh

Ngày 3/11, Công an phường Hòa Khánh cho biết đang xử lý hai người đàn ông về hành vi đăng tin sai sự thật trên mạng xã hội.

Trước đó, một tài khoản Facebook cho rằng có người lạ bắt cóc học sinh trước cổng trường Hòa Khánh.

Sau khi xác minh, Công an phường Hòa Khánh khẳng định thông tin bắt cóc học sinh trước cổng trường Hòa Khánh là sai sự thật.
"""
    rep = analyze_text(text, use_nlp=False)[0]
    pairs = {(c.kind, frozenset({c.sentence, c.other_sentence})) for c in rep.conflicts}
    lead, post, denial = (rep.sentences[i].index for i in range(len(rep.sentences))
                          if rep.sentences[i].kind == "body")
    assert ("denial", frozenset({post, denial})) in pairs
    assert not any(lead in p for _, p in pairs)
    without_denial = text.rsplit("\n\nSau khi", 1)[0]
    assert analyze_text(without_denial, use_nlp=False)[0].conflicts == ()


def test_denial_of_an_open_question_is_not_a_conflict():
    claims = [
        view(0, "Bộ Y tế tỉnh Nam Lâm cho biết 12 người thiệt mạng trong vụ không kích nhằm vào chỉ huy Lê Hắc Phong.",
             "Bộ Y tế tỉnh Nam Lâm", "organization", "cho biết"),
        view(1, "Quân đội Bắc Lâm cho hay, chưa rõ liệu Lê Hắc Phong đã thiệt mạng hay chưa, và sẽ tiếp tục truy lùng các chỉ huy.",
             "Quân đội Bắc Lâm", "organization", "cho hay"),
        view(2, "Nhóm Sói Đen phủ nhận việc Lê Hắc Phong đã thiệt mạng.", "Nhóm Sói Đen", "organization", "phủ nhận"),
    ]
    # the denial answers the open question; it must not fall back to the casualty report
    assert [c for c in within(claims) if c.kind == "denial"] == []
    asserted = claims[:1] + [view(1, "Quân đội Bắc Lâm cho hay Lê Hắc Phong đã thiệt mạng trong vụ không kích.",
                                  "Quân đội Bắc Lâm", "organization", "cho hay")] + claims[2:]
    found = [c for c in within(asserted) if c.kind == "denial"]
    assert [(c.sentence, c.other_sentence) for c in found] == [(2, 1)]


def test_all_of_a_group_and_none_of_it():
    a = view(0, "Sau bữa trưa, cả 5 công nhân đều có dấu hiệu chóng mặt và nôn.")
    b = view(1, "Bác sĩ Vũ Minh Tâm cho biết khi vào viện cả 5 người đều không có triệu chứng ngộ độc.",
             "Vũ Minh Tâm", "person", "cho biết")
    found = compare(b, a)
    assert [c.kind for c in found] == ["contradiction"]
    assert "cả 5 người đều không có triệu chứng" in found[0].reason
    # found inside an article too, though the two sentences share no two-word term
    assert [c.kind for c in within([a, b])] == ["contradiction"]


def test_universal_statements_that_do_not_clash():
    a = view(0, "Cả 5 công nhân đều có dấu hiệu chóng mặt.")
    other_count = view(1, "Bác sĩ Tâm cho biết cả 3 người đều không có triệu chứng.", "Tâm", "person")
    other_matter = view(2, "Bác sĩ Tâm cho biết cả 5 người đều không phải nhập viện.", "Tâm", "person")
    same_polarity = view(3, "Bác sĩ Tâm cho biết cả 5 người đều có triệu chứng nhẹ.", "Tâm", "person")
    for b in (other_count, other_matter, same_polarity):
        assert compare(b, a) == []


def test_opposite_stances_on_one_matter():
    a = view(0, "Bộ Quốc phòng nước Đông Lâm khẳng định nước Tây Lâm kiểm soát các nhóm du kích ở biên giới.",
             "Bộ Quốc phòng nước Đông Lâm", "organization", "khẳng định")
    b = view(1, "Nước Tây Lâm nói các nhóm du kích tự quyết định mọi hoạt động của mình.",
             "Nước Tây Lâm", "organization", "nói")
    found = compare(b, a)
    assert [c.kind for c in found] == ["contradiction"]
    assert "tự quyết định" in found[0].reason and "kiểm soát" in found[0].reason


def test_stances_that_agree_are_negated_or_unrelated_are_not_conflicts():
    a = view(0, "Sở Tài nguyên tỉnh Nam Lâm cho biết nước sông Mây không ô nhiễm.", "Sở Tài nguyên tỉnh Nam Lâm",
             "organization", "cho biết")
    b = view(1, "Công ty Thủy sản Mây Xanh khẳng định nước sông Mây an toàn cho nuôi cá.", "Công ty Thủy sản Mây Xanh",
             "organization", "khẳng định")
    assert compare(b, a) == []  # "không ô nhiễm" and "an toàn" agree
    c = view(2, "Người dân xã Tân Phú cho rằng bãi rác Tân Phú gây ô nhiễm.", "Người dân xã Tân Phú", "anonymous", "cho rằng")
    assert compare(c, b) == []  # a different matter: nothing shared with the river claim
    d = view(3, "Ông Lâm Văn Phú cho rằng nước sông Mây đã ô nhiễm nặng.", "Lâm Văn Phú", "person", "cho rằng")
    assert [x.kind for x in compare(d, b)] == ["contradiction"]


def test_dead_and_missing_together_is_another_total():
    a = view(0, "Lũ quét ở tỉnh Hòa Lâm: 34 người chết và mất tích.")
    b = view(1, "Theo Ban Chỉ huy tỉnh Hòa Lâm, lũ quét làm 26 người chết.", "Ban Chỉ huy tỉnh Hòa Lâm", "organization")
    assert compare(b, a) == []
    c = view(2, "Sở Y tế tỉnh Hòa Lâm cho biết lũ quét làm 29 người chết.", "Sở Y tế tỉnh Hòa Lâm", "organization")
    assert [x.kind for x in compare(c, b)] == ["number_mismatch"]


def test_figures_about_some_of_the_things_are_not_the_total():
    a = view(0, "Theo Công ty Kinh Bắc, giá căn hộ tại Hà Thành bình quân 62 triệu đồng/m2.", "Công ty Kinh Bắc", "organization")
    b = view(1, "Nhiều dự án mới tại Hà Thành có giá trên 90 triệu đồng/m2.")
    assert compare(b, a) == []
    c = view(2, "Giá căn hộ tại Hà Thành đã vượt 60 triệu đồng/m2.")
    assert compare(c, a) == []  # "vượt 60" agrees with 62


def test_different_actions_on_the_same_kind_of_thing():
    a = view(0, "Quân đội Bắc Lâm cho biết đối phương đã phóng 64 UAV vào tỉnh Nam Sơn.", "Quân đội Bắc Lâm", "organization")
    b = view(1, "Quân đội Bắc Lâm cho biết đã bắn hạ 51 UAV trên tỉnh Nam Sơn.", "Quân đội Bắc Lâm", "organization")
    assert compare(b, a) == []
    c = view(2, "Lực lượng Phòng không Nam Sơn nói đối phương chỉ phóng 40 UAV vào tỉnh Nam Sơn.",
             "Lực lượng Phòng không Nam Sơn", "organization")
    assert [x.kind for x in compare(c, a)] == ["number_mismatch"]


def test_posting_false_content_is_a_charge_not_a_denial():
    a = view(0, "Tài khoản “Mẹ Phú Hòa” cho rằng học sinh trường Tân Phú bị đầu độc bằng kẹo.",
             "Tài khoản “Mẹ Phú Hòa”", "anonymous", "cho rằng")
    b = view(1, "Công an phường Tân Phú cho biết đã làm việc với chủ tài khoản về việc đăng video có nội dung sai sự thật.",
             "Công an phường Tân Phú", "organization", "cho biết")
    assert [x for x in compare(b, a) if x.kind == "denial"] == []


def test_stances_inside_one_article_meet_without_shared_words():
    claims = [
        view(0, "Phụ huynh phản ánh bị ép đóng 3 triệu đồng đầu năm học.", "Phụ huynh", "anonymous", "phản ánh"),
        view(1, "Bà Lê Thu Hà, hiệu trưởng, khẳng định các khoản thu ngoài học phí đều trên tinh thần tự nguyện.",
             "Lê Thu Hà", "person", "khẳng định"),
        view(2, "Theo quy định, các khoản tài trợ phải hoàn toàn tự nguyện.", "quy định", "document", "Theo"),
    ]
    pairs = {(c.sentence, c.other_sentence) for c in within(claims) if c.kind == "contradiction"}
    assert pairs == {(1, 0)}  # the rule says what must be, not what happened


def test_a_finding_against_a_claim_of_compliance():
    a = view(0, "Đại diện Công ty Phước Đông khẳng định nước thải sau xử lý đạt quy chuẩn.", "Công ty Phước Đông",
             "organization", "khẳng định")
    b = view(1, "Tuy nhiên, mẫu nước tại cống xả có chỉ số COD vượt 3,4 lần so với quy chuẩn.")
    assert [c.kind for c in compare(b, a)] == ["contradiction"]


def test_a_denied_stance_is_not_taken():
    a = view(0, "Công ty Phước Đông phủ nhận việc xả thải gây ô nhiễm, khẳng định nước sau xử lý đạt quy chuẩn.",
             "Công ty Phước Đông", "organization", "phủ nhận")
    b = view(1, "Tuy nhiên, mẫu nước tại cống xả của Công ty Phước Đông có COD vượt 3,4 lần so với quy chuẩn.")
    assert [c.kind for c in compare(b, a)] == ["contradiction"]


def test_many_sources_reporting_a_figure_are_not_a_partial_figure():
    a = view(0, "Một nguồn tin thân cận CLB Bình Sơn cho biết phí chuyển nhượng khoảng 8 tỷ đồng.",
             "Một nguồn tin thân cận CLB Bình Sơn", "anonymous", "cho biết")
    b = view(1, "Trước đó, nhiều trang tin thể thao đưa tin phí chuyển nhượng của CLB Bình Sơn lên tới gần 12 tỷ đồng.",
             "nhiều trang tin thể thao", "anonymous", "đưa tin")
    assert [c.kind for c in compare(b, a)] == ["number_mismatch"]


def test_the_in_article_pass_compares_a_bounded_number_of_pairs():
    """Blocking inside one article: every claim meets at most MAX_PARTNERS earlier claims, and a
    key shared by more than MAX_POSTING claims pairs nobody (issue: 200 KB took a minute)."""
    from claims.conflicts import MAX_PARTNERS, MAX_POSTING, candidate_pairs

    common = "giá xăng"
    keys = [frozenset({common, f"tỉnh {i % 50}", f"xã {i}"}) for i in range(3000)]
    pairs = candidate_pairs(keys)
    assert len(pairs) <= 3000 * MAX_PARTNERS
    assert all(i < j for j, i in pairs)
    # below the limits nothing is lost: claims that all share one key give every pair
    small = candidate_pairs([frozenset({common})] * MAX_PARTNERS)
    assert len(small) == MAX_PARTNERS * (MAX_PARTNERS - 1) // 2 and MAX_POSTING >= MAX_PARTNERS


_PAIRS_CODE = """
from claims.conflicts.pairs import MAX_PARTNERS, candidate_pairs
n = MAX_PARTNERS * 2
keys = [{f"k{i % 7}"} for i in range(n)] + [{f"k{r}" for r in range(7)}]
print(sorted(i for j, i in candidate_pairs(keys) if j == n))
"""


def test_blocking_ties_do_not_depend_on_string_hashing():
    """When a claim has more candidate partners than it may meet, which ones it meets must not
    depend on the order a set of keys is walked in: that order changes with each process's string
    hashing, and a batch run on other workers would find other conflicts."""
    import subprocess
    import sys

    from conftest import ROOT

    runs = {subprocess.run([sys.executable, "-c", _PAIRS_CODE], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(6)}
    assert len(runs) == 1
    chosen = __import__("json").loads(runs.pop())
    assert len(chosen) == 100 and chosen == list(range(100, 200))  # ties: the nearest earlier claims


@pytest.mark.parametrize("use_nlp", [False, True])
def test_a_figure_named_as_the_wrong_one_is_corrected_inside_the_article(use_nlp):
    """"34 người, không phải 36 như tin ban đầu": the later claim names the earlier claim's very
    figure as wrong, a correction linked to it, though one says "chở" and the other "có"."""
    text = ("Chìm tàu du lịch trên vịnh\n\n"
            "Theo tin ban đầu, con tàu của công ty Sao Biển chở 36 người, gồm 4 thuyền viên và 32 du khách.\n\n"
            "Lực lượng cứu hộ đã đưa các nạn nhân vào bờ.\n\n"
            "Chiều cùng ngày, Cảnh sát biển vùng 3 xác định trên tàu có 34 người, không phải 36 như tin ban đầu.")
    rep = analyze_text(text, use_nlp=use_nlp)[0]
    found = [(c.sentence, c.other_sentence, c.kind) for c in rep.conflicts]
    assert (3, 1, "correction") in found
    assert not any(k != "correction" for *_, k in found)


def test_a_price_per_tonne_is_not_a_total_and_a_price_without_its_unit_still_is_a_price():
    price = view(0, "Giá cà phê nhân xuất khẩu của Brazil tuần này ở mức 5.200 USD/tấn, theo Hiệp hội Cà phê Brazil.",
                  "Hiệp hội Cà phê Brazil", "organization")
    total = view(1, "Cà phê là mặt hàng xuất khẩu chủ lực của Brazil, mang về khoảng 9,1 tỷ USD năm ngoái.")
    assert compare(total, price) == []
    quoted = view(2, "Còn theo thương lái, giá cà phê nhân xuất khẩu của Brazil chỉ 4.100 USD.",
                   "thương lái", "anonymous")
    assert [c.kind for c in compare(quoted, price)] == ["number_mismatch"]


def test_a_sentence_opening_with_where_gives_that_place_to_its_figures():
    from claims.conflicts.frames import frames

    text = "Tại Ấn Độ, giá gạo 5% tấm xuất khẩu giữ ở mức 372 USD/tấn, theo các thương nhân."
    by_text = {f.figure.text: f for f in frames(text, tuple(extract(text)), "các thương nhân", "các thương nhân")}
    assert by_text["372 USD/tấn"].places == (((4, "ấn độ"),),)
    other = view(1, "Giá gạo 5% tấm của Thái Lan tuần này được chào ở mức 405 USD/tấn.")
    assert compare(view(0, text, "các thương nhân", "anonymous"), other) == []  # two countries' prices


def test_a_headline_and_the_body_restating_one_party_are_not_a_denial_or_a_contradiction():
    rep = analyze_text("Indonesia bác tin cấm xuất khẩu than\n\n"
                       "Chính phủ Indonesia ngày 3/5 khẳng định không có kế hoạch cấm xuất khẩu than trong năm nay.\n\n"
                       "Trước đó, hãng tin Bloomberg dẫn nguồn tin giấu tên cho biết Indonesia đang soạn lệnh cấm xuất khẩu than.",
                       use_nlp=False)[0]
    pairs = {(c.sentence, c.other_sentence) for c in rep.conflicts}
    assert (1, 0) not in pairs and (0, 1) not in pairs


def test_an_open_question_contradicts_no_answer_to_it():
    """"chưa rõ nguyên nhân" leaves the cause open: another source's cause is no contradiction."""
    police = view(1, "Cơ quan điều tra cho biết chưa rõ nguyên nhân vụ cháy ở xưởng gỗ Tân Phú.", "Cơ quan điều tra",
                  "organization", "cho biết")
    resident = view(2, "Người dân cho rằng nguyên nhân vụ cháy ở xưởng gỗ Tân Phú là chập điện.", "Người dân",
                    "anonymous", "cho rằng")
    assert within([police, resident]) == []


def test_one_load_in_two_units_is_compared_in_its_base_unit():
    """"3 tấn" and "3.000 kg" of one load agree; "3 tấn" and "2.500 kg" differ. Lengths are not
    put on one scale: a distance in km and a wave in m measure different things."""
    load_a = view(1, "Theo Công an huyện Tân Lạc, xe tải chở 3 tấn gỗ lậu.", "Công an huyện Tân Lạc", "organization", "Theo")
    same = view(2, "Tài xế khai xe tải chở 3.000 kg gỗ lậu.", "Tài xế", "anonymous", "khai")
    less = view(3, "Tài xế khai xe tải chở 2.500 kg gỗ lậu.", "Tài xế", "anonymous", "khai")
    assert within([load_a, same]) == []
    assert [c.kind for c in within([load_a, less])] == ["number_mismatch"]
    storm = view(4, "Theo Đài Khí tượng Hòa Lâm, tâm bão cách đảo Cồn Cỏ khoảng 200 km.", "Đài Khí tượng Hòa Lâm",
                 "organization", "Theo")
    wave = view(5, "Trạm Hải văn Cồn Cỏ cho biết sóng ở đảo Cồn Cỏ cao 5 m.", "Trạm Hải văn Cồn Cỏ", "organization",
                "cho biết")
    assert within([storm, wave]) == []



def test_a_denial_answers_the_claim_not_a_source_named_after_the_denied_thing():
    # the association's name holds "xuất khẩu gạo"; what it says is a price
    denial = view(0, "Chính phủ Lam Quốc bác tin hạn chế xuất khẩu gạo.", "Chính phủ Lam Quốc", "organization", "bác tin")
    price = view(1, "Giá gạo tuần này tăng 5%, theo Hiệp hội các nhà xuất khẩu gạo Lam Quốc.",
                 "Hiệp hội các nhà xuất khẩu gạo Lam Quốc", "organization", "theo")
    plan = view(2, "Hai nguồn tin cho biết Bộ Thương mại Lam Quốc đang soạn phương án hạn chế xuất khẩu gạo.",
                "Hai nguồn tin", "anonymous", "cho biết")
    assert [c.kind for c in compare(denial, price)] == []
    assert [c.kind for c in compare(denial, plan)] == ["denial"]


def test_a_claim_that_negates_the_denied_thing_agrees_with_the_denial():
    denial = view(0, "Chính phủ Lam Quốc bác tin hạn chế xuất khẩu gạo.", "Chính phủ Lam Quốc", "organization", "bác tin")
    agenda = view(1, "Theo tờ Nhật báo Lam Quốc, cuộc họp không có nội dung về hạn chế xuất khẩu gạo.",
                  "Nhật báo Lam Quốc", "media", "Theo")
    assert compare(denial, agenda) == []


def test_a_speaker_introduced_earlier_with_their_employer_is_that_side(pipeline):
    # the official's quote names only "ông Somchai"; two sentences before he is the ministry's man
    text = ("Lam Quốc bác tin hạn chế xuất khẩu gạo.\n\n"
            "Ông Somchai Petcharat, Cục trưởng Cục Ngoại thương thuộc Bộ Thương mại Lam Quốc, cho biết nguồn cung vẫn dồi dào.\n\n"
            "\"Chúng tôi không cần hạn chế xuất khẩu gạo vào lúc này\", ông Somchai nói.")
    (rep,) = analyze_text(text)
    assert rep.sentences[2].primary.source == "Somchai Petcharat"  # a Thai name is called by its first word
    assert [c for c in rep.conflicts if c.kind == "denial"] == []


def test_a_denial_worded_with_its_own_negator_agrees_with_a_negated_claim():
    a = view(0, "Công ty Dệt Hòa Lâm khẳng định thông tin công ty nợ lương công nhân là không đúng sự thật.",
             "Công ty Dệt Hòa Lâm", "organization", "khẳng định")
    b = view(1, "Liên đoàn Lao động tỉnh cho biết Công ty Dệt Hòa Lâm không nợ lương công nhân.",
             "Liên đoàn Lao động tỉnh", "organization", "cho biết")
    assert [c.kind for c in compare(a, b) if c.kind == "contradiction"] == []


def test_a_claim_that_states_the_denied_thing_after_another_negation_is_still_denied():
    a = view(0, "Nhiều công nhân cho biết Công ty May Hòa Bình chưa trả lương cho họ đã ba tháng, công ty nợ lương công nhân hơn 2 tỷ đồng.",
             "Nhiều công nhân", "anonymous", "cho biết")
    b = view(1, "Chiều 5/6, Công ty May Hòa Bình bác bỏ thông tin nợ lương công nhân.", "Công ty May Hòa Bình", "organization", "bác bỏ")
    assert [c.kind for c in compare(b, a)] == ["denial"]


def test_an_apposition_naming_the_other_side_does_not_make_the_speaker_its_own():
    text = ("Ông Nguyễn Văn An, người đứng đơn tố cáo Công ty Sông Lam, cho biết người dân đã gửi đơn nhiều lần.\n\n"
            "Ông An nói công ty xả thải ra sông Lam vào ban đêm.\n\n"
            "Công ty Sông Lam bác bỏ thông tin xả thải ra sông vào ban đêm.")
    (rep,) = analyze_text(text, use_nlp=False)
    assert ("denial", frozenset({1, 2})) in {(c.kind, frozenset({c.sentence, c.other_sentence})) for c in rep.conflicts}


def test_a_spokesperson_naming_the_company_by_its_short_name_speaks_for_it():
    text = ("Sáng 16/3, Công ty CP Thương mại điện tử MuaNhanh phát đi thông cáo khẳng định hệ thống của công ty "
            "không bị xâm nhập và không có dữ liệu khách hàng nào bị rò rỉ.\n\n"
            "Bà Trịnh Thị Lan, Giám đốc truyền thông của MuaNhanh, cho biết thông tin 2 triệu khách hàng bị lộ dữ liệu là không chính xác.")
    (rep,) = analyze_text(text, use_nlp=False)
    assert [c for c in rep.conflicts if c.kind == "denial"] == []


@pytest.mark.parametrize("denial,other,other_source,kinds", [
    ("Ủy ban huyện Bắc Lam bác bỏ thông tin đập thủy điện Sông Lam bị vỡ.",
     "Ông Lê Văn Hòa, Giám đốc nhà máy, khẳng định đập thủy điện Sông Lam không bị vỡ.", "Lê Văn Hòa", []),
    ("Bộ Công Thương bác bỏ thông tin về việc tăng giá điện từ tháng 7.",
     "Ông Trần Văn Minh, Phó tổng giám đốc tập đoàn điện lực, cho biết sẽ không tăng giá điện trong năm nay.", "Trần Văn Minh", []),
    ("Sở Y tế bác bỏ thông tin bệnh viện thiếu thuốc điều trị ung thư.",
     "Nhiều bệnh nhân cho biết bệnh viện không có thuốc điều trị ung thư suốt hai tháng.", "Nhiều bệnh nhân", ["denial"]),
])
def test_second_review_a_claim_agreeing_with_a_denial_is_no_partner(denial, other, other_source, kinds):
    a = view(0, denial, denial.split(" bác bỏ")[0], "organization", "bác bỏ")
    b = view(1, other, other_source, "person", "cho biết")
    assert [c.kind for c in compare(a, b)] == kinds


def test_second_review_a_city_in_a_firm_s_name_ties_no_official_to_the_firm_and_an_official_is_his_ministry_s():
    text = ("Ông Trần Văn Hải, Giám đốc Công an TP Lam Sơn, cho biết hơn 50 công nhân đã nhập viện sau khi ăn bánh mì của Công ty Thực phẩm Lam Sơn.\n\n"
            "Công ty Thực phẩm Lam Sơn bác bỏ thông tin công nhân nhập viện vì ăn bánh mì của công ty.")
    (rep,) = analyze_text(text, use_nlp=False)
    assert [c.kind for c in rep.conflicts] == ["denial"]
    text = ("Ông Somchai Rattanakorn, quan chức Bộ Thương mại Lam Quốc, cho biết nguồn cung gạo vẫn dồi dào.\n\n"
            "Ông Somchai nói Lam Quốc có thể hạn chế xuất khẩu gạo nếu giá tăng.\n\nLam Quốc bác tin hạn chế xuất khẩu gạo.")
    (rep,) = analyze_text(text, use_nlp=False)
    assert [c for c in rep.conflicts if c.kind == "denial"] == []


def test_second_review_bodies_found_at_a_scene_are_a_running_count():
    text = ("Theo Ban chỉ huy cứu hộ, đến 10h sáng 5/8, lực lượng cứu hộ đã tìm thấy 5 thi thể tại hiện trường.\n\n"
            "Đến 17h chiều 5/8, Ban chỉ huy cứu hộ cho biết đã tìm thấy 9 thi thể tại hiện trường.")
    (rep,) = analyze_text(text, use_nlp=False)
    assert [c.kind for c in rep.conflicts] == ["update"]


def test_third_review_a_worker_is_not_the_company_s_side_and_a_later_negation_does_not_agree():
    text = ("Anh Nguyễn Văn Tài, công nhân May Phú Lâm, cho biết công ty đã nợ lương ba tháng.\n\n"
            "Công ty TNHH May Phú Lâm bác bỏ thông tin nợ lương công nhân.")
    (rep,) = analyze_text(text, use_nlp=False)
    assert [c.kind for c in rep.conflicts] == ["denial"]
    denial = view(0, "Công ty Gỗ Tân An bác bỏ thông tin có người chết trong vụ cháy xưởng gỗ.", "Công ty Gỗ Tân An",
                  "organization", "bác bỏ")
    other = view(1, "Nhiều công nhân cho biết có người chết trong vụ cháy xưởng gỗ vì không có lối thoát hiểm.",
                 "Nhiều công nhân", "anonymous", "cho biết")
    assert [c.kind for c in compare(denial, other)] == ["denial"]
