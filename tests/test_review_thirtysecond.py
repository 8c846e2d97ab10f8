"""The review of the thirty-second session's draft: inputs written for the project by a reviewer
who probed each new reading, where the draft credited or linked the wrong thing."""
import pytest
from sqlmodel import select

from claims.analyze import analyze_text
from claims.models import Source
from claims.store import make_engine, session_scope, store_reports
from claimviews import conflict_pairs, first_source, kinds_between


def test_the_answer_to_the_writers_question_is_not_the_writers():
    text = ("Ông Trần Văn Lộc năm nay 71 tuổi, đã chở đò qua sông Lam gần 40 năm.\n\n"
            "“Có bao giờ ông muốn nghỉ không?”, tôi hỏi.\n\n"
            "“Còn chèo được thì còn chở, nghỉ rồi bà con lấy gì mà qua sông.”")
    assert first_source(text, 1) == ("tôi", "person")
    assert first_source(text, 2) != ("tôi", "person")


def test_the_writer_is_no_source_across_articles():
    engine = make_engine("sqlite://")
    for who in ("Lộc", "Súa"):
        store_reports(engine, analyze_text(f"Anh {who} làm nghề đã lâu.\n\n“Anh có mệt không?”, tôi hỏi.\n\n"
                                           f"Anh {who} cười, nói rằng quen rồi.", f"{who}.txt"))
    with session_scope(engine) as s:
        assert len([x for x in s.exec(select(Source)).all() if x.name == "tôi"]) == 2


@pytest.mark.parametrize("text", [
    # a dead man speaks no quote
    "Ông Lê Văn Hòa, 80 tuổi, được phát hiện tử vong trong căn nhà khóa trái cửa.\n\n"
    "Hàng xóm cho biết đã ba ngày không thấy ông ra ngoài.\n\n“Tôi gọi mãi không thấy ông ấy trả lời”, người đàn ông nói.",
    # a woman of 41 is no "cô gái"
    "Chị Mùa Thị Dợ, 41 tuổi, có con gái đang học lớp 12.\n\nChị bảo cả nhà dành dụm mấy năm để con đi thi.\n\n"
    "“Con muốn học ngành y”, cô gái nói nhỏ.",
    # a role noun is someone in that role
    "Chị Lường Thị Phương, 36 tuổi, có con học lớp 3.\n\nChị cho biết mỗi sáng phải đưa con lội suối đến lớp.\n\n"
    "“Mùa mưa lớp chỉ còn một nửa học sinh”, cô giáo nói.",
    # an official who spoke is not the woman in the queue
    "Bà Nguyễn Thị Hạnh, Phó Chủ tịch UBND huyện, cho biết huyện đã chi 5 tỷ đồng hỗ trợ dân.\n\n"
    "Tại điểm phát gạo, nhiều người xếp hàng từ sáng sớm.\n\n“Nhà tôi được 20 kg gạo”, người phụ nữ nói.",
])
def test_a_bare_sex_noun_is_no_one_who_could_not_have_said_it(text):
    assert first_source(text, 2)[1] == "anonymous"


@pytest.mark.parametrize("text, speaker", [
    ("Ông Trần Văn Hải, Trưởng Công an xã Tân Lập, cho biết vụ việc xảy ra tối 3/4.\n\n"
     "Ông Bình đã bị tạm giữ để điều tra, ông nói thêm.", "Trần Văn Hải"),
    ("Anh Nguyễn Văn Hải, 40 tuổi, làm nghề đánh cá ở Cửa Việt.\n\n“Biển năm nay động nhiều”, anh nói.\n\n"
     "Anh Bình, bạn thân của anh, đã mất trong chuyến biển năm ngoái, anh kể.", "Nguyễn Văn Hải"),
])
def test_a_closing_pronoun_tag_is_the_one_speaking_not_the_one_spoken_of(text, speaker):
    assert first_source(text, text.count("\n\n")) == (speaker, "person")


@pytest.mark.parametrize("text", [
    "Anh Lê Văn Hùng, 40 tuổi, chủ quán phở đầu ngõ, cho biết nước ngập đến đầu gối.\n\n"
    "“Phường đã cho xe hút nước suốt đêm”, người chủ tịch phường nói.",
    "Anh Vi Văn Hậu, 25 tuổi, bộ đội xuất ngũ, kể lại lúc cùng mọi người tìm kiếm người mất tích.\n\n"
    "“Cả đội chia làm ba mũi, đi từ sáng đến tối”, người đội trưởng nói.",
    "Anh Sầm Văn Tú, 30 tuổi, con trai của trưởng thôn, kể lại đêm lũ.\n\n"
    "“Chúng tôi đã gõ kẻng báo động từ 11h đêm”, người trưởng thôn nói.",
])
def test_an_office_is_matched_whole_and_as_the_persons_own(text):
    assert first_source(text, 1)[1] == "anonymous"


@pytest.mark.parametrize("text", [
    # a later toll compared with the morning's: an update
    "Mưa lũ ở miền Trung.\n\nSáng 30/10, Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Nam cho biết 12 người đã tử vong.\n\n"
    "Đến tối cùng ngày, Sở Lao động tỉnh cho biết số người tử vong đã lên 15 người, cao hơn con số Ban Chỉ huy công bố buổi sáng.",
    # another year's figure
    "Bệnh sốt xuất huyết.\n\nNăm 2023, theo Bộ Y tế, cả nước ghi nhận 172.000 ca sốt xuất huyết.\n\n"
    "Năm nay, Cục Phòng bệnh ghi nhận 98.000 ca sốt xuất huyết tính đến tháng 10, thấp hơn con số Bộ Y tế công bố cho cả năm 2023.",
    # the body's own deputy revising its figure
    "Lừa đảo xuất khẩu lao động.\n\nTheo Công an tỉnh Nghệ An, 26 người đã bị lừa.\n\n"
    "Thượng tá Nguyễn Văn Hòa, Phó trưởng Công an tỉnh, cho biết con số thực tế có thể lên tới 40 người, cao hơn con số công an công bố ban đầu.",
    # a negated comparison agrees
    "Số ca sốt xuất huyết ở Đồng Nai.\n\nTheo Sở Y tế Đồng Nai, tháng 8 tỉnh ghi nhận 1.020 ca sốt xuất huyết.\n\n"
    "Trung tâm Kiểm soát bệnh tật tỉnh ghi nhận 1.035 ca sốt xuất huyết trong tháng 8, không cao hơn đáng kể so với số liệu của Sở Y tế.",
])
def test_a_comparison_that_is_no_rebuttal_says_no_figures_differ(text):
    (rep,) = analyze_text(text)
    assert not any("nói rõ là khác" in c.reason for c in rep.conflicts)


def test_a_pronoun_or_a_place_level_names_no_ones_figure():
    text = ("Tranh chấp đất ở Sóc Sơn.\n\nÔng Nguyễn Văn Dậu, Chủ tịch UBND xã, cho biết diện tích bị lấn chiếm là 1.200 m2.\n\n"
            "Ông Lê Văn Tám, người dân thôn Đông, cho biết gia đình ông bị lấn 300 m2.\n\n"
            "Bà Phạm Thị Hằng, một người dân khác, nói diện tích bị lấn thực tế khoảng 2.000 m2, cao hơn nhiều con số ông đưa ra.")
    assert not kinds_between(conflict_pairs(text), 3, 2)


def test_the_rebutting_figure_is_the_one_the_comparison_follows():
    text = ("Lừa đảo bán đất nền.\n\nCơ quan công an xác định tổng số tiền các bị hại đã chuyển cho Hưng là 2,8 tỷ đồng.\n\n"
            "Anh Tuấn, một bị hại, cho biết riêng anh mất 300 triệu đồng, còn cả nhóm tự thống kê được 4,5 tỷ đồng, "
            "cao hơn nhiều con số công an công bố.")
    (rep,) = analyze_text(text)
    assert all(c.figure != "300 triệu đồng" for c in rep.conflicts)


# The second review, of the mends above.

def test_anyone_elses_question_is_theirs_to_go_on_from():
    text = ("Ông Nguyễn Văn Phong, Chủ tịch UBND xã Thạch Sơn, cho biết xã thiếu nước sinh hoạt nghiêm trọng.\n\n"
            "“Dân không có nước thì sống thế nào?”, ông Phong hỏi.\n\n"
            "“Chúng tôi đã đề nghị huyện khoan thêm 5 giếng.”")
    assert first_source(text, 2) == ("Nguyễn Văn Phong", "person")


@pytest.mark.parametrize("text", [
    "Xuất khẩu thủy sản.\n\nTheo VASEP, tháng 6 xuất khẩu thủy sản đạt 850 triệu USD.\n\n"
    "Tổng cục Hải quan cho biết tháng 7 xuất khẩu thủy sản đạt 920 triệu USD, cao hơn con số VASEP công bố cho tháng 6.",
    "Tín dụng ngân hàng.\n\nTheo Ngân hàng Nhà nước, quý I tín dụng tăng 1,3%.\n\n"
    "Công ty Chứng khoán Sao Việt cho biết quý II tín dụng tăng 3,8%, cao hơn con số Ngân hàng Nhà nước công bố cho quý I.",
])
def test_a_comparison_with_another_month_or_quarter_says_no_figures_differ(text):
    (rep,) = analyze_text(text)
    assert not any("nói rõ là khác" in c.reason for c in rep.conflicts)


def test_a_bare_sex_noun_after_two_men_who_spoke_together_is_neither():
    text = "Ông Lê Văn Hải và anh Trần Văn Bảo cùng cho biết đã mất trắng vụ lúa.\n\n“Chẳng còn gì mà gặt”, người đàn ông nói."
    assert first_source(text, 1) == ("người đàn ông", "anonymous")


@pytest.mark.parametrize("text, speaker", [
    ("Anh Trịnh Văn Nam, 30 tuổi, cho biết đã mất liên lạc với em trai từ tối qua.\n\n"
     "“Nam chạy khắp nơi tìm em”, người đàn ông nói.", None),  # the quote speaks of Nam
    ("Chị Nguyễn Thị Hà, 35 tuổi, cho biết chị vừa từ quê lên.\n\n"
     "“Nhà tôi ở tận Hà Giang, đi xe mất một ngày”, người phụ nữ nói.", "Nguyễn Thị Hà"),  # a place, not her
])
def test_a_name_inside_the_quote_is_the_person_only_when_it_names_them(text, speaker):
    found = first_source(text, 1)
    assert (found[0] if found[1] == "person" else None) == speaker
