"""Interviews: answers credited across sentences (claims/attribution/interviews.py). The
sentences are the tests' own; each paragraph is given as its own list."""
from claims.attribution import SentenceIn, attribute


def _attribute(*paragraphs: list[str]):
    sents = [SentenceIn(t, "body", paragraph=p) for p, para in enumerate(paragraphs) for t in para]
    return [r.primary for r in attribute(sents)]


def test_a_speaker_set_as_a_heading_speaks_the_quoted_paragraphs_after_it():
    got = _attribute(
        ["Ông Đinh Công Lực, Giám đốc Hợp tác xã Tân Phú:"],
        ['"Giá phân bón tăng gấp đôi so với năm ngoái.', "Nhiều hộ đã bỏ ruộng."],
        ['"Chúng tôi cần vốn vay ưu đãi."'],
        ["Bà Vương Thị Nga, một nông dân, cho biết bà chưa vay được đồng nào."],
    )
    assert got[0] is None  # the heading itself says nothing
    assert [g.source for g in got[1:4]] == ["Đinh Công Lực"] * 3
    assert all(g.quote == "direct" and g.cue is None for g in got[1:4])
    assert got[4].source == "Vương Thị Nga"  # the next speaker keeps her own credit


def test_a_heading_that_names_no_one_credits_nothing():
    got = _attribute(["Những con số đáng chú ý:"], ["Giá phân bón tăng gấp đôi so với năm ngoái."])
    assert got == [None, None]


def test_answers_of_a_question_and_answer_interview_are_the_interviewee_s():
    got = _attribute(
        ["Phóng viên đã phỏng vấn TS Hà Minh Quân, chuyên gia kinh tế nông nghiệp."],
        ["- Thưa ông, vì sao giá lúa giảm?"],
        ["- Nguồn cung từ các nước xuất khẩu tăng mạnh.", "Giá còn có thể giảm thêm."],
        ["- Nông dân nên làm gì?"],
        ["- Nên giữ lúa chờ giá, nếu có kho."],
    )
    assert got[0] is None and got[1] is None and got[4] is None  # the lead and the reporter's questions
    assert [g.source for g in (got[2], got[3], got[5])] == ["Hà Minh Quân"] * 3
    assert got[2].quote == "direct"


def test_a_reporter_s_tagged_question_is_put_to_the_person_named_last():
    got = _attribute(
        ["Trong vườn, anh Lò Văn Thắm đang tỉa cành."],
        ["- Vụ này được bao nhiêu tạ?", "- tôi hỏi."],
        ["- Chừng 6 tạ, ít hơn năm ngoái."],
    )
    assert got[3] is not None and got[3].source == "Lò Văn Thắm"


def test_dialogue_in_a_story_without_an_interviewer_stays_uncredited():
    got = _attribute(
        ["Anh Lò Văn Thắm về đến nhà lúc nửa đêm."],
        ['- "Sao về muộn thế?"'],
        ['- "Xe hỏng giữa đường."'],
    )
    assert got[2] is None


def test_a_heading_set_in_bold_or_as_a_subheading_in_a_page(tmp_path):
    from claims.analyze import analyze_path

    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Nhà vườn trước mùa khô</h1>"
        "<p>Mực nước sông Hậu xuống thấp nhất trong mười năm.</p>"
        "<p><strong>Ông Lâm Văn Tới, chủ vườn sầu riêng ở Cái Bè:</strong></p>"
        "<p>\"Nước mặn đã vào tới kênh nội đồng. Chúng tôi phải mua nước ngọt để tưới.\"</p>"
        "<h3>Bà Kiều Thị Sen, cán bộ khuyến nông:</h3>"
        "<p>\"Nhà vườn nên trữ nước ngọt từ bây giờ.\"</p>"
        "</article></body></html>", encoding="utf-8")
    (rep,) = analyze_path(str(page), use_nlp=False)
    credited = {s.text[:20]: (s.primary.source if s.primary else None) for s in rep.sentences}
    assert credited['"Nước mặn đã vào tới'] == "Lâm Văn Tới"
    assert credited["Chúng tôi phải mua n"] == "Lâm Văn Tới"
    assert credited['"Nhà vườn nên trữ nư'] == "Kiều Thị Sen"
    assert all(s.primary is None for s in rep.sentences if s.text.rstrip("*").endswith(":"))


def test_a_transcript_answer_runs_on_to_the_end_of_its_paragraph(pipeline):
    from claims.analyze import analyze_text

    (rep,) = analyze_text("PV: Thưa ông, vụ mùa năm nay ra sao?\n\n"
                          "Ông Quách Văn Lộc: Sản lượng giảm gần một nửa. Nhiều hộ đã bán trâu để trả nợ.\n\n"
                          "Bà Mai Thị Lụa, hàng xóm của ông, cho biết bà cũng mất trắng vụ lúa.")
    got = [s.primary for s in rep.sentences]
    assert got[0] is None
    assert got[1].source == "Quách Văn Lộc" and got[2].source == "Quách Văn Lộc"
    assert got[3].source == "Mai Thị Lụa"


def test_an_answer_runs_on_over_paragraphs_without_a_dash_until_the_next_question():
    got = _attribute(
        ["Phóng viên đã phỏng vấn bà Cù Thị Hạnh, Giám đốc Sở Giao thông vận tải."],
        ["- Vì sao tuyến đường chậm tiến độ?"],
        ["- Vướng mặt bằng ở hai xã."],
        ["Về lâu dài, tỉnh cần thêm vốn cho giải phóng mặt bằng."],
        ["- Khi nào thông xe?"],
        ["- Dự kiến cuối năm sau."],
        ["Tối qua, mưa lớn làm sạt một đoạn taluy."],
    )
    assert [g.source if g else None for g in got[2:4]] == ["Cù Thị Hạnh"] * 2
    assert got[5].source == "Cù Thị Hạnh"
    assert got[6] is None  # after the last answer the article narrates again


def test_a_second_interviewee_answers_the_questions_after_their_own_lead():
    got = _attribute(
        ["Phóng viên đã trao đổi với TS Hà Minh Quân, chuyên gia kinh tế nông nghiệp."],
        ["- Giá lúa có tăng lại không?"],
        ["- Khó tăng trong quý này."],
        ["Phóng viên cũng trao đổi với bà Trần Thị Hoa, Chủ tịch Hiệp hội Lúa gạo tỉnh."],
        ["- Thưa bà, doanh nghiệp có thu mua tiếp không?"],
        ["- Doanh nghiệp vẫn thu mua nhưng giá thấp hơn 10%."],
    )
    assert got[2].source == "Hà Minh Quân" and got[5].source == "Trần Thị Hoa"
    assert got[3] is None  # the reporter's lead for the second interviewee is nobody's answer


def test_meeting_with_misfortune_is_no_interview_lead():
    got = _attribute(
        ["Đêm 12/9, nhiều hộ dân gặp nạn khi lũ quét tràn qua bản, trong đó có gia đình ông Vàng A Sử."],
        ["- Mình ơi, còn con trâu thì sao?"],
        ["- Kệ nó, chạy đi đã!"],
    )
    assert got[2] is None


def test_places_heading_a_round_up_are_no_speakers_but_a_body_with_a_cue_word_in_its_name_is():
    got = _attribute(
        ["Nhật Bản:"], ["Số ca nhiễm mới tăng 20% trong tuần."],
        ["Bà Nguyễn Thị Hoa, Giám đốc Sở Thông tin và Truyền thông:"], ['"Chúng tôi đã gỡ 300 tin giả trong tháng qua."'],
    )
    assert got[1] is None
    assert got[3] is not None and got[3].source == "Nguyễn Thị Hoa"


def test_a_name_inside_an_answer_is_not_a_new_interviewee_and_a_long_intro_still_leads():
    got = _attribute(
        ["Phóng viên đã phỏng vấn ông Nguyễn Văn Bình, Giám đốc Điện lực tỉnh.", "Ông Bình có 30 năm trong ngành.",
         "Ông từng phụ trách nhiều dự án lớn.", "Ông vừa được bổ nhiệm lại.", "Cuộc trao đổi diễn ra tại trụ sở."],
        ["- Giá điện có tăng không?"],
        ["- Tuần trước tôi đã trao đổi với ông Trần Minh Đức, Phó tổng giám đốc tập đoàn, về việc này."],
        ["- Khi nào có quyết định?"],
        ["- Cuối tháng này."],
    )
    assert got[6].source == "Nguyễn Văn Bình" and got[8].source == "Nguyễn Văn Bình"


def test_a_body_known_by_its_acronym_can_head_a_quote():
    got = _attribute(["EVN:"], ['"Mức tăng này chỉ bù đắp một phần chi phí."'])
    assert got[1] is not None and got[1].source == "EVN"


def test_an_interview_led_with_a_pronoun_is_the_person_named_before_and_its_questions_are_the_reporter_s():
    got = _attribute(
        ["Sau 10 năm vắng bóng, nhạc sĩ Đoàn Minh Khang trở lại với một album mới."],
        ["Nhân dịp này, phóng viên có cuộc trò chuyện với anh."],
        ["- Có ý kiến cho rằng album mới quá buồn.", "Anh nghĩ sao?"],
        ["- Tôi viết về những điều mình đã trải qua."],
    )
    assert got[2] is None and got[3] is None  # the reporter's question quotes others' views
    assert got[4] is not None and got[4].source == "Đoàn Minh Khang"


def test_third_review_headings_with_posts_and_place_labels_in_capitals():
    got = _attribute(["Ông Vũ Nam, chuyên gia phân tích chứng khoán:"], ['"Thị trường sẽ còn biến động mạnh."'])
    assert got[1] is not None and got[1].source == "Vũ Nam"  # a cue word inside a post is no cue
    got = _attribute(["HÀ NỘI:"], ["Nhiều tuyến phố ngập sâu sau mưa lớn."])
    assert got[1] is None


def test_third_review_an_answer_runs_on_up_to_a_paragraph_introducing_someone():
    got = _attribute(
        ["Phóng viên đã phỏng vấn ông Lò Văn Pấng, trưởng bản Nà Ho."],
        ["- Bản có bao nhiêu hộ bị ngập?"],
        ["- Hơn 40 hộ."],
        ["Chúng tôi phải dựng lều trên đê."],
        ["Phóng viên cũng trò chuyện với bà Lường Thị Xa, một người dân."],
        ["- Bà có được hỗ trợ không?"],
        ["- Mới có gạo thôi."],
    )
    assert got[3] is not None and got[3].source == "Lò Văn Pấng"
    assert got[4] is None and got[6].source == "Lường Thị Xa"


def test_answers_after_questions_the_reporter_labels_are_the_interviewee_s():
    got = _attribute(
        ["Vi Thị Hòa, 29 tuổi, mở xưởng dệt thổ cẩm ở bản Lác từ năm 2020."],
        ["PV: Điều gì khó nhất khi chị bắt đầu?"],
        ["Chị Hòa: Khó nhất là tìm người thợ giỏi.", "Nhiều người đã bỏ nghề."],
        ["PV: Chị bán hàng cho ai?"],
        ["- Khách nước ngoài là chính.", "Tôi cũng bán qua mạng."],
    )
    assert got[1] is None and got[4] is None  # the reporter's questions
    assert [g.source for g in got[2:4] + got[5:7]] == ["Vi Thị Hòa"] * 4
    # without a labelled answer before, the answer is the person named last before the question
    got = _attribute(["Ông Đèo Văn Sơn năm nay 70 tuổi."], ["**PV:** Ông giữ nghề bao lâu rồi?"],
                     ["Gần năm mươi năm, từ khi còn trẻ."])
    assert got[1] is None and got[2].source == "Đèo Văn Sơn"


def test_a_person_named_by_the_given_name_alone_is_who_a_later_pronoun_means(pipeline):
    from claims.analyze import analyze_text

    (rep,) = analyze_text("Vi Thị Hòa, 29 tuổi, mở xưởng dệt thổ cẩm ở bản Lác. Bà Lò Thị Mai, trưởng bản, khen cách làm của Hòa.\n\n"
                          "Trước khi chia tay, Hòa dẫn chúng tôi ra khung cửi. “Tôi muốn bản mình còn tiếng thoi đưa”, chị nói.")
    assert rep.sentences[3].primary.source == "Vi Thị Hòa"
    # (the parse must read the given name as a name: "Thanh tra giao thông" is no mention of a Thanh)
    (rep,) = analyze_text("Nguyễn Văn Thanh, 35 tuổi, là tài xế xe khách. Phụ xe là Trần Văn Bình, quê ở Nghệ An. "
                          "Thanh tra giao thông tỉnh đã mời hai người lên làm việc. Anh cho biết xe vẫn đủ điều kiện lưu hành.")
    assert rep.sentences[3].primary.source == "Trần Văn Bình"


def test_questions_set_in_bold_are_answered_by_the_person_the_profile_names_most(pipeline):
    from claims.analyze import analyze_text

    (rep,) = analyze_text("Tiền đạo Lò Văn Khải vừa được gọi lên đội tuyển quốc gia.\n\n"
                          "Khải được HLV Park Ji-hoon đánh giá cao. Khải ghi 12 bàn mùa này.\n\n"
                          "HLV Park Ji-hoon khen cậu chăm tập.\n\n**Anh chuẩn bị thế nào cho đợt tập trung?**\n\n"
                          "- Tôi tập thêm thể lực mỗi tối. Tôi muốn được đá chính.")
    got = [s.primary for s in rep.sentences]
    assert got[4] is None  # the reporter's question
    assert [g.source for g in got[5:7]] == ["Lò Văn Khải"] * 2
    # an explainer's bold question asks the reader: the analysis after it is the article's own
    (rep,) = analyze_text("Ông Phạm Văn Lực, chuyên gia vàng, cho biết giá sẽ còn tăng.\n\n"
                          "**Vì sao giá vàng tăng mạnh?**\n\nNhu cầu trú ẩn tăng khi lãi suất giảm.")
    assert rep.sentences[2].primary is None
