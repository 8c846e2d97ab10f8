"""Fresh-eyes round 10 (tenth session): a place set before the subject ("Ở Geneva, người phát
ngôn ..."), an owner or tradesman named by the first syllable of their role ("một chủ quán ở X"),
asking not to be named without a request verb, an unnamed source in the relay verb ("dẫn nguồn
tin bệnh viện"), a body's acronym before a name, a document a body speaks through set between
subject and cue, when a report came out, "cơ quan này" after "báo cáo của X", a team "của" a firm,
a relay inside the rules' mention, a family as a source, a transcript's answer over several
paragraphs. Sentences written for the project."""
import pytest

from claims.analyze import analyze_text
from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    ("Ở Geneva, người phát ngôn Tổ chức Y tế Thế giới cho biết dịch đã được kiểm soát.", 0,
     ("Tổ chức Y tế Thế giới", "organization")),
    ("Một chủ quán cà phê ở phố Hàng Bè thừa nhận doanh thu đã giảm mạnh.", 0,
     ("Một chủ quán cà phê ở phố Hàng Bè", "anonymous")),
    ("Một thợ lặn ở Hòn Tre kể nước năm nay nóng bất thường.", 0, ("Một thợ lặn ở Hòn Tre", "anonymous")),
    ("Một kỹ sư của nhà máy không muốn nêu tên nói rằng van xả đã hỏng từ tuần trước.", 0,
     ("Một kỹ sư của nhà máy", "anonymous")),
    ("Reuters dẫn nguồn tin sân bay cho biết ba chuyến bay bị hủy.", 0, ("nguồn tin sân bay", "anonymous")),
    ("Giám đốc WFP Carla Menendez khẳng định viện trợ sẽ đến trong tuần này.", 0, ("Carla Menendez", "person")),
    ("Trong khi đó, Bộ Tài chính trong văn bản gửi các tỉnh hồi tháng 5 nêu rõ không được tăng phí.", 0,
     ("Bộ Tài chính", "organization")),
    ("Nhóm nghiên cứu của Công ty Chứng khoán Phú An nhận định lãi suất sẽ đi ngang.", 0,
     ("Nhóm nghiên cứu của Công ty Chứng khoán Phú An", "organization")),
    ("Báo Tin Sớm Miền Tây dẫn lời ông Lâm Văn Tài, Chủ tịch UBND xã, cho biết đê đã được gia cố.", 0,
     ("Lâm Văn Tài", "person")),
    ("Cháu bé được đưa vào viện lúc nửa đêm. Theo gia đình, cháu sốt cao từ chiều hôm trước.", 1,
     ("gia đình", "anonymous")),
    ("Bên lề hội nghị, trả lời báo Công Thương, ông Đỗ Minh Khoa, Chủ tịch HĐQT KTBank, cho rằng nợ xấu đã được kiểm soát.", 0,
     ("Đỗ Minh Khoa", "person")),
])
def test_round10_classes(text, k, want):
    assert primary(text, k) == want


def test_a_report_is_named_without_when_it_came_out_and_its_body_is_this_agency():
    text = ("Theo báo cáo của Viện Hải dương học Quốc tế công bố cuối tháng 3, nhiệt độ nước biển tăng kỷ lục. "
            "Cơ quan này xác nhận 40 vùng biển ghi nhận san hô chết.")
    assert primary(text, 0) == ("báo cáo của Viện Hải dương học Quốc tế", "document")
    assert primary(text, 1) == ("Viện Hải dương học Quốc tế", "organization")


def test_the_commander_and_the_mother_point_back_to_who_was_named():
    text = ("Trao đổi với phóng viên, Trung tá Hồ Văn Lâm, Đội trưởng Đội CSGT số 5, cho biết đã phân luồng. "
            "\"Tài xế phải giảm tốc khi có sương\", vị chỉ huy nói.")
    assert primary(text, 1) == ("Hồ Văn Lâm", "person")
    text = ("Nhiều phụ huynh cho biết phải đóng tiền học thêm. Chị Ngô Thị Hạnh, có con học lớp 8, kể con chị "
            "học ba buổi mỗi tuần. \"Giờ tôi yên tâm hơn\", người mẹ này chia sẻ.")
    assert primary(text, 2) == ("Ngô Thị Hạnh", "person")


def test_a_transcripts_answer_runs_over_its_paragraphs_until_the_next_question():
    text = ("Phỏng vấn chuyên gia về rừng ngập mặn\n\n"
            "Phóng viên: Rừng ngập mặn năm nay ra sao?\n\n"
            "TS Lê Thị Mai Hoa:\n\n"
            "Diện tích rừng giảm khoảng 5%.\n\n"
            "Tôi cũng lo rằng nước thải đang làm cây chết dần.\n\n"
            "Phóng viên: Cần làm gì?\n\n"
            "TS Lê Thị Mai Hoa:\n\n"
            "Phải dừng nuôi tôm trong vùng lõi.\n\n"
            "Buổi trò chuyện kết thúc khi đoàn khảo sát lên thuyền.")
    (rep,) = analyze_text(text)
    by_text = {s.text: s.primary for s in rep.sentences}
    credited = lambda t: by_text[t] is not None and by_text[t].source == "Lê Thị Mai Hoa"  # noqa: E731
    assert credited("Diện tích rừng giảm khoảng 5%.")
    assert credited("Tôi cũng lo rằng nước thải đang làm cây chết dần.")  # the answer's second paragraph
    assert credited("Phải dừng nuôi tôm trong vùng lõi.")
    assert by_text["Buổi trò chuyện kết thúc khi đoàn khảo sát lên thuyền."] is None  # the article's closing line


def test_a_policy_is_no_owner():
    assert primary("Chủ trương mới cho thấy tỉnh quyết tâm giảm phí.", 0) is None  # "chủ trương": a policy


def test_a_cue_word_before_cua_is_a_noun():
    # "phân tích của": the team's name; "nhận định" is the cue
    assert primary("Nhóm phân tích của BTS nhận định lãi suất sẽ giảm.", 0) == ("Nhóm phân tích của BTS", "organization")
