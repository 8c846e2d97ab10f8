"""Twentieth session, the review's findings mended: "Theo X cho biết," keeps X alone; a role said
with "là" is a short noun phrase, not a clause; "vừa qua" is a time; a deputy is never the head; the
head of a unit is not the head of its parent body; a correction told first keeps the figure given
after "Trước đó"; "X là một chuyên gia" says what a named man is; a given name that is also an
adverb is still a name; an occasion before the speaker leaves the speaker; a passive clause is no
agent; a share count is no share price; a letter opened is not its opener's words. Sentences written
for the project."""
from claimviews import conflict_pairs, first_source as primary

from claims import lexicon
from claims.attribution.names import names_in
from claims.conflicts.terms import measures
from claims.numbers import extract

LEX = lexicon.get("vi")


def test_theo_a_body_and_a_reporting_verb_credits_the_body():
    text = "Theo UBND huyện Bắc Yên thông báo, việc cắt điện kéo dài 6 giờ."
    assert primary(text, 0) == ("UBND huyện Bắc Yên", "organization")


def test_a_clause_before_là_is_no_ones_role():
    text = ("Giám đốc Công an tỉnh cho biết người lái xe là anh Đinh Văn Cường.\n\n"
            "Giám đốc Công an tỉnh nói thêm xe không có phù hiệu.")
    assert primary(text, 1) == ("Giám đốc Công an tỉnh", "person")


def test_vừa_qua_is_a_time():
    text = "Bộ Tài chính ngày 12/3 vừa qua cho biết sẽ giữ nguyên thuế suất."
    assert primary(text, 0) == ("Bộ Tài chính", "organization")


def test_a_deputy_relayed_is_not_the_head():
    text = ("Trong thông cáo, Sở Y tế dẫn lời Phó Giám đốc Sở Trần Thị Mai cho biết đã lấy mẫu.\n\n"
            "Người đứng đầu sở cũng cho hay đã đình chỉ bếp ăn.")
    assert primary(text, 1) != ("Trần Thị Mai", "person")


def test_the_head_of_a_unit_is_not_the_head_of_its_parent():
    text = ("Ông Lý Văn Hải, Trưởng phòng Cảnh sát hình sự Công an tỉnh Hà Giang, cho biết nghi phạm đã bị bắt.\n\n"
            "Người đứng đầu Công an tỉnh Hà Giang khẳng định sẽ xử lý nghiêm.")
    assert primary(text, 1) != ("Lý Văn Hải", "person")


def test_a_correction_told_first_keeps_the_figure_told_after_trước_đó():
    text = ("Sở Y tế tỉnh Quảng Trị đính chính, cho biết con số chính xác là 5 người tử vong trong vụ ngộ độc rượu ở Gio Linh.\n\n"
            "Trước đó, UBND huyện Gio Linh báo cáo vụ ngộ độc rượu ở Gio Linh làm 7 người tử vong.")
    assert ("correction", 1, 0) in conflict_pairs(text)


def test_a_named_man_said_to_be_an_expert_is_still_who_this_one_is():
    text = ("Ông Phan Đức Hùng cho biết giá vàng còn biến động.\n\n"
            "Ông Phan Đức Hùng là một chuyên gia tài chính có nhiều năm làm việc tại Singapore.\n\n"
            "Vị này cho rằng lãi suất sẽ còn giảm.")
    assert primary(text, 2) == ("Phan Đức Hùng", "person")


def test_a_given_name_that_is_also_an_adverb():
    assert [n for n, _, _ in names_in("ông Thường", LEX)] == ["Thường"]
    assert [n for n, _, _ in names_in("ông Lại Văn Sâm", LEX)] == ["Lại Văn Sâm"]


def test_an_occasion_before_the_speaker_leaves_the_speaker():
    text = "Phát biểu tại hội nghị Thủ tướng Phạm Minh Chính nhấn mạnh phải giải ngân hết vốn đầu tư công."
    assert primary(text, 0) == ("Phạm Minh Chính", "person")


def test_a_passive_clause_with_its_own_verb_is_no_agent():
    text = ("Dự án chậm tiến độ gần một năm.\n\n"
            "Báo cáo được Sở Giao thông gửi UBND tỉnh hôm qua nêu rõ nhà thầu thiếu nhân lực.")
    assert primary(text, 1) != ("Sở Giao thông gửi UBND tỉnh", "organization")


def _measures(text):
    f = next(f for f in extract(text) if f.unit == "%")
    return measures(text, f, LEX)


def test_a_share_price_and_a_share_count():
    assert _measures("Phiên hôm qua, cổ phiếu NVF giảm hơn 3,2%.") == {"cổ phiếu"}
    assert _measures("Phiên hôm qua, cổ phiếu của Nam Việt giảm 3,2%.") == {"cổ phiếu"}
    assert _measures("Sau đợt phát hành, số lượng cổ phiếu tăng 15%.") != {"cổ phiếu"}


def test_a_letter_opened_is_not_its_openers_words():
    text = ("Anh Trần Văn Lộc mất liên lạc với con trai từ tuần trước.\n\n"
            "Anh mở bức thư: “Bố ơi, con xin lỗi vì đã bỏ nhà đi.”")
    assert primary(text, 1) != ("Trần Văn Lộc", "person")


def test_theo_figures_a_body_published_keeps_the_body():
    # the verb closing "do X công bố" says who published them; it is not a repeated credit
    text = "Tuy nhiên, theo dữ liệu điểm thi do Bộ Giáo dục và Đào tạo công bố, tỉnh chỉ có 98 bài đạt điểm 10."
    assert primary(text, 0) == ("Bộ Giáo dục và Đào tạo", "organization")
