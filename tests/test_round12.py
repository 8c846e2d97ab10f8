"""Fresh-eyes round 12 (eleventh session): outlet names in sentence case ("tờ Văn hóa Nghệ thuật
Thủ đô"), a report's anaphor that is no paper, a thing named before by its head ("sàn này"),
a cue right after the comma that ends the first clause, a Malay name called by its middle word,
the end of a body's name after a title, an apposition after a relayed role, a draft statement
described by a relative clause, a speaker tag after a quote whose verb is no cue, "Anh Bảo:" as a
transcript label, "Theo chị" after an unnamed speaker. Sentences written for the project."""
import pytest

from claims.analyze import analyze_text
from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    # an outlet's name keeps its lower-case syllables; where it is from stays outside
    ("Theo tờ Văn hóa Nghệ thuật Đồng bằng, giá lúa đã tăng ba tuần liền.", 0, ("Văn hóa Nghệ thuật Đồng bằng", "media")),
    ("Theo báo Lao động Thủ đô, nhiều chợ đóng cửa sớm.", 0, ("Lao động Thủ đô", "media")),
    ("Theo Thời báo Tài chính Sài Gòn, lãi suất sẽ giữ nguyên.", 0, ("Thời báo Tài chính Sài Gòn", "media")),
    ("Theo tờ The Jakarta Post (Indonesia), hội nghị kéo dài thêm một ngày.", 0, ("The Jakarta Post", "media")),
    ("Tờ Nikkei của Nhật Bản đưa tin hãng sẽ đóng nhà máy.", 0, ("Nikkei", "media")),
    # "báo cáo này" is a report (the longest head decides), read back to the titled report
    ("Theo Báo cáo Việc làm Quý III do Viện Khoa học Lao động công bố, 50.000 người mất việc. "
     "Báo cáo này nhận định ngành dệt may chịu ảnh hưởng nặng nhất.", 1,
     ("Báo cáo Việc làm Quý III", "document")),
    # an unknown head points back to what the article named with it
    ("Ứng dụng gọi xe Bình Minh Go bị phản ánh tăng giá giờ cao điểm. Ứng dụng này cho biết giá do thuật toán quyết định.", 1,
     ("Ứng dụng gọi xe Bình Minh Go", "organization")),
    # the cue right after the first clause's comma: that clause's subject speaks
    ("Trên mạng xã hội, nhiều bình luận ủng hộ quyết định của đội bóng, cho rằng huấn luyện viên cần thêm thời gian.", 0,
     ("nhiều bình luận", "anonymous")),
    ("Đại diện VKSND tỉnh Quảng Bình giữ nguyên quan điểm truy tố, đánh giá hành vi của bị cáo là nguy hiểm.", 0,
     ("VKSND tỉnh Quảng Bình", "organization")),
    # a comma inside the police's crime department's name
    ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03, Bộ Công an) cho biết đã khởi tố 7 bị can.", 0,
     ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", "organization")),
    # a Malay name called by its middle word
    ("Bộ trưởng Ngoại giao Malaysia Mohamad Hasanuddin Yusof phát biểu tại hội nghị. "
     "\"Chúng tôi cần thêm thời gian\", ông Hasanuddin nói.", 1, ("Mohamad Hasanuddin Yusof", "person")),
    # the end of a body's name after a title is no person: "ông" is the rector named before it
    ("PGS Phan Minh Đức, Hiệu trưởng Trường Đại học Hà Trung, cho biết trường đã báo công an. "
     "Ông khẳng định quy trình in đề được giám sát chặt.", 1, ("Phan Minh Đức", "person")),
    # a relayed role, then who holds it
    ("Tờ Kompas dẫn lời giám đốc điều hành Jakarta United, ông Budi Santoso, nói rằng hợp đồng đã được ký.", 0,
     ("Budi Santoso", "person")),
    # a draft statement described by a relative clause speaks through "nêu rõ"
    ("Dự thảo tuyên bố chung mà phóng viên được xem nêu rõ các bên cam kết kiềm chế.", 0,
     ("Dự thảo tuyên bố chung", "document")),
    # a speaker tag after a quote whose verb is no reporting cue
    ("\"Đừng vay quá nửa giá trị căn nhà. Lãi suất sẽ không thấp mãi\", ông Trịnh Văn Long khuyến nghị.", 1,
     ("Trịnh Văn Long", "person")),
    ("Nhiều khách mời cho rằng món nem là nguyên nhân.", 0, ("Nhiều khách mời", "anonymous")),
])
def test_round12_classes(text, k, want):
    assert primary(text, k) == want


def test_a_head_with_nothing_named_before_credits_no_one():
    # "Dự án này" has no "dự án" named before it: nothing speaks
    assert primary("Dự án này khẳng định sẽ hoàn thành đúng hạn.", 0) is None
    # "trong đó" is no noun pointing back
    text = "Theo chính sách đối với kiều bào, Bộ Ngoại giao đang soạn chương trình hành động, trong đó xác định rõ trách nhiệm."
    assert primary(text, 0) != ("trong chính sách đối với kiều bào", "organization")


def test_a_second_clause_is_no_apposition():
    # "người từng làm việc ở đây" is an apposition: the named woman before it speaks
    assert primary("Bà Hồ Thị Thanh, người từng làm việc ở đây, kể nước chảy rất xiết.", 0) == ("Hồ Thị Thanh", "person")


def test_transcript_label_by_title_and_given_name():
    text = ("Chị Đoàn Thu Hà, nhà sáng lập Xanh Farm, trả lời phỏng vấn.\n\n"
            "PV: Năm đầu có khó khăn không?\n\n"
            "Chị Đoàn Thu Hà: Rất khó. Chúng tôi hết vốn sau sáu tháng.\n\n"
            "PV: Đội ngũ có phản đối việc cắt giảm?\n\n"
            "Chị Hà: Có. Nhiều bạn không vui và tôi hiểu. Tôi đã trả thêm một tháng lương cho người phải nghỉ.")
    arts = analyze_text(text)
    sents = arts[0].sentences
    last = [s for s in sents if s.text.startswith(("Nhiều bạn", "Tôi đã trả"))]
    assert len(last) == 2
    for s in last:
        speaker = next(a for a in s.attributions if a.role == "speaker")
        assert speaker.source == "Đoàn Thu Hà"


def test_pronoun_after_an_unnamed_speaker_with_no_one_named_since():
    text = ("Anh Lê Minh Khôi, thí sinh ở Hà Nam, cho biết đã ôn thi nửa năm. "
            "Một phụ huynh ở Nam Định, đề nghị không nêu tên, cho biết con chị phải thi lại. "
            "Theo chị, nhiều gia đình đã tốn hàng chục triệu đồng.")
    assert primary(text, 2) == ("Một phụ huynh ở Nam Định", "anonymous")

