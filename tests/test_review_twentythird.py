"""The twenty-third session's review: problems a reviewer found in its change, each with sentences
written for the project."""
from claims.analyze import analyze_text
from claimviews import conflict_pairs, kinds_between
from claimviews import first_source as primary



def test_a_headline_title_no_one_in_the_body_holds_credits_no_one_else():
    text = ("Cháy nhà trọ làm 2 người bị thương, Giám đốc Sở Xây dựng: “Sẽ rà soát toàn bộ nhà trọ”\n\n"
            "Khoảng 22h ngày 4/10, đám cháy bùng phát tại tầng 2 của một nhà trọ ở quận Cầu Giấy.\n\n"
            "Đại tá Phạm Văn Hòa, Giám đốc Công an quận Cầu Giấy, đã có mặt chỉ đạo cứu nạn.")
    assert primary(text, 0) != ("Phạm Văn Hòa", "person")
    assert primary(text, 0) is None or primary(text, 0)[1] != "person" or primary(text, 0)[0] != "Cầu Giấy"


def test_a_headline_person_and_where_they_work_is_the_person():
    text = ("Bác sĩ Đoàn Minh Tâm, Bệnh viện Nhi Trung ương: “Trẻ sốt cao không nên tự dùng kháng sinh”\n\n"
            "Số trẻ nhập viện vì viêm đường hô hấp tăng gần gấp đôi.")
    assert primary(text, 0) == ("Đoàn Minh Tâm", "person")


def test_a_person_after_a_body_named_with_an_acronym_is_still_named():
    text = ("Ngân hàng tổ chức đại hội cổ đông sáng 26/4.\n\n"
            "Chủ tịch HĐQT Ngân hàng TMCP Sông Hồng Thịnh Vượng Trần Quốc Vinh cho biết ngân hàng sẽ chia cổ tức 12%.\n\n"
            "Giám đốc Bệnh viện ĐK Phúc An Nguyễn Quang Khải khẳng định các bác sĩ đã làm đúng quy trình.")
    assert primary(text, 1) == ("Trần Quốc Vinh", "person")
    assert primary(text, 2) == ("Nguyễn Quang Khải", "person")


def test_investigate_as_a_verb_is_no_part_of_the_police_name():
    text = ("Sáng 5/3, Công an huyện Hóc Môn điều tra vụ cướp tiệm vàng trên đường Lê Văn Khương.\n\n"
            "Công an cho biết đã thu giữ được một khẩu súng tự chế.")
    assert primary(text, 1) == ("Công an huyện Hóc Môn", "organization")


def test_a_health_authority_is_no_station_named_as_a_place():
    text = ("Các bệnh nhân được sơ cứu tại Trạm Y tế xã Tân Phú rồi chuyển lên tuyến trên.\n\n"
            "Cơ quan y tế cảnh báo cá nóc có độc tố gây tử vong.")
    assert primary(text, 1) == ("Cơ quan y tế", "organization")


def test_a_quote_printed_without_its_stop_in_the_body_is_no_headline():
    text = ("Hai xã vùng cao chậm chi trả hỗ trợ sau bão\n\n"
            "UBND xã Trung Lèng Hồ đã chi trả cho 42 hộ trong tuần trước.\n\n"
            "Xã khẳng định: “Không có hộ nào bị bỏ sót”\n\n"
            "UBND xã Nậm Pung thì cho biết còn 17 hộ chưa được nhận tiền.")
    (rep,) = analyze_text(text)
    assert rep.sentences[2].kind == "body"
    assert primary(text, 2) != ("UBND xã Nậm Pung", "organization")


def test_a_vendor_described_by_where_she_works_is_not_an_earlier_official():
    text = ("Bà Hồ Thị Sen, Phó Chủ tịch UBND phường An Hải, cho biết nhiều vườn rau bị ngập.\n\n"
            "Chị bán rau ở chợ Hàn, năm nay ngoài 40 tuổi, cho biết giá rau muống đã lên 30.000 đồng/bó.")
    assert primary(text, 1) != ("Hồ Thị Sen", "person")


def test_dash_lines_after_a_list_lead_in_are_no_ones_words():
    text = ("Sở Y tế ghi nhận hơn 900 ca sốt xuất huyết trong tuần qua.\n\n"
            "Sở Y tế khuyến cáo người dân thực hiện các biện pháp sau:\n\n"
            "- Lật úp các dụng cụ chứa nước không dùng đến.\n\n"
            "- Ngủ màn kể cả ban ngày.")
    assert primary(text, 2) is None


def test_a_level_after_a_comparison_is_still_a_level():
    text = ("Theo Sở Y tế Đà Nẵng, số ca mắc sốt xuất huyết tuần qua cao hơn tuần trước với 320 ca.\n\n"
            "Tuy nhiên, Trung tâm Kiểm soát bệnh tật thành phố cho biết tuần qua Đà Nẵng chỉ ghi nhận "
            "210 ca mắc sốt xuất huyết.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 0, 1)


def test_a_case_of_and_a_contrast_with_last_year_still_explain():
    text = ("Ông Phạm Văn Lực, chủ lồng bè ở xã Tân Hà, cho rằng cá chết là do nhà máy đường xả thải ra sông.\n\n"
            "Nếu như năm ngoái cá chết vì nắng nóng kéo dài thì năm nay cá chết là do tảo nở hoa, "
            "theo Chi cục Thủy sản tỉnh Lâm Đồng.")
    assert "contradiction" in kinds_between(conflict_pairs(text), 0, 1)


def test_a_page_named_for_a_place_is_no_person():
    text = ("Nhiều hình ảnh đồi chè bị cày xới lan truyền trên mạng xã hội.\n\n"
            "Tài khoản Facebook Đà Lạt Mộng Mơ cho biết công trình đã thi công suốt hai tuần.")
    assert primary(text, 1)[1] == "anonymous"


def test_two_baselines_for_one_quantity_are_reported_with_their_scope_named():
    # two sources' bases of one change: compared as bases, the reason names the scope (it once
    # raised a KeyError: the scope had no label for the editor)
    text = ("Theo Hiệp hội Lương thực, giá gạo đã giảm so với mức đỉnh 660 USD/tấn hồi đầu năm.\n\n"
            "Trong khi đó, Cục Xuất nhập khẩu cho biết giá đã giảm so với mức đỉnh 610 USD/tấn hồi đầu năm.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 0, 1)


def test_every_scope_kept_apart_has_a_label_for_the_editor():
    from claims import lexicon
    from claims.conflicts.quantity import SEPARATE_SCOPES
    assert set(SEPARATE_SCOPES) <= set(lexicon.get("vi").SCOPE_LABELS)
