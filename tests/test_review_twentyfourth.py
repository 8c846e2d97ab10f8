"""The twenty-fourth session's review: each finding, with sentences written for the project."""
from claims.analyze import analyze_text
from claimviews import conflict_pairs, first_source as primary, kinds_between



def test_an_age_alone_gives_no_role_to_the_one_named_with_it():
    text = ("Nạn nhân là anh Trần Văn Cường, 38 tuổi, trú tại xã Hòa Bình.\n\n"
            "Nghi phạm 38 tuổi khai nhận đã đâm anh Cường vì mâu thuẫn tiền bạc.")
    assert primary(text, 1) != ("Trần Văn Cường", "person")


def test_an_age_description_of_the_other_sex_is_not_the_one_named_with_that_age():
    text = ("Ông Lê Văn Tám, 62 tuổi, là trưởng thôn Đông.\n\n"
            "Người phụ nữ 62 tuổi cho biết nước ngập tới gối.")
    assert primary(text, 1) != ("Lê Văn Tám", "person")


def test_none_until_one_date_against_a_count_for_a_later_month_is_no_contradiction():
    text = ("Bác sĩ Nguyễn Thị Lan cho biết đến ngày 10/8, chưa có ca nào tử vong do sốt xuất huyết.\n\n"
            "Theo Sở Y tế, trong tháng 9, toàn tỉnh ghi nhận 2 ca tử vong do sốt xuất huyết.")
    assert "contradiction" not in kinds_between(conflict_pairs(text), 0, 1)


def test_none_who_pay_agrees_with_a_count_of_those_spared():
    text = ("Hiệu trưởng Lê Thị Mai cho biết năm nay không học sinh nào phải đóng học phí.\n\n"
            "Theo ông Nguyễn Văn Bình, Trưởng phòng Giáo dục huyện, huyện đã miễn học phí cho 820 học sinh của trường.")
    assert "contradiction" not in kinds_between(conflict_pairs(text), 0, 1)


def test_a_teller_who_answers_in_her_own_words_keeps_her_quote():
    text = ("Bà Lê Thị Hoa kể lại chuyến đi năm 1975.\n\n"
            "Bà Hoa kể mẹ bà nói bà nên ở lại, nhưng bà vẫn đáp: “Con phải đi”.")
    assert primary(text, 1) == ("Lê Thị Hoa", "person")


def test_what_is_written_on_a_thing_after_a_colon_is_no_ones_speech():
    text = ("Anh Trần Đình Lành là bưu tá của xã.\n\n"
            "Lành lấy trong túi ra một lá thư, trên phong bì ghi:\n\n"
            "- Gửi mẹ ở quê.")
    assert primary(text, 2) is None


def test_a_progress_figure_of_another_year_after_but_is_no_mismatch():
    text = ("Theo ông Lê Văn Tâm, Giám đốc Sở Tài chính, năm 2020 nhà đầu tư mới san lấp khoảng 30% diện tích.\n\n"
            "Nhưng theo ông Trịnh Quốc Bảo, Tổng giám đốc công ty, đến nay doanh nghiệp đã san lấp khoảng 70% diện tích.")
    assert "number_mismatch" not in kinds_between(conflict_pairs(text), 0, 1)


def test_an_authority_confirming_the_rumour_does_not_deny_it():
    text = ("Sáng 5/9, trên mạng xã hội lan truyền thông tin người dân phát hiện cháu bé bị bỏ quên trên xe "
            "đưa đón của trường Mầm non Hoa Hồng.\n\n"
            "Ông Trần Quốc Hậu, Trưởng Công an huyện, xác nhận cháu bé bị bỏ quên trên xe, tài xế không phát hiện "
            "cháu bé khi khóa cửa xe.")
    assert "denial" not in kinds_between(conflict_pairs(text), 0, 1)


def test_two_bodies_of_one_rank_are_not_a_body_and_its_parent():
    text = "Sở Y tế, Sở Giáo dục và Đào tạo cho biết sẽ kiểm tra bếp ăn của 50 trường học."
    assert primary(text, 0) != ("Sở Y tế", "organization")


def test_a_bodys_dashed_item_is_reported_however_many_follow():
    one = "Công ty Minh Long công bố danh sách sản phẩm thu hồi:\n\n- Nước mắm loại 1 lít."
    (rep,) = analyze_text(one)
    assert rep.sentences[1].primary.quote == "indirect"
