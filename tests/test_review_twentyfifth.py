"""The twenty-fifth session's review: problems a helper found with its own sentences, mended.
Sentences written for the project."""
from claims import lexicon
from claims.attribution.names import names_in
from claimviews import conflict_pairs, first_source as primary, kinds_between


def test_a_full_name_after_calling_someone_is_no_nickname():
    # "gọi ông bằng điện thoại": a phone call, and "Nguyễn Văn Tư" is a full name of his own
    text = ("Ông Nguyễn Văn Bình, 60 tuổi, là chủ một ghe cá ở phường Nhơn Lý.\n\n"
            "Rạng sáng 12/3, vợ ông gọi ông bằng điện thoại của anh Nguyễn Văn Tư, người cùng xóm.\n\n"
            "Anh Nguyễn Văn Tư cho biết sóng lúc ấy cao tới 3 mét.")
    assert primary(text, 2) == ("Nguyễn Văn Tư", "person")


def test_a_nickname_sharing_only_the_middle_name_is_no_ones():
    text = ("Ông Phạm Văn Tình năm nay 68 tuổi.\n\n"
            "Người trong xóm quen gọi ông là “Văn Sắt”.\n\n"
            "Hồi đó làng có cả chục lò, Văn Sắt nói.")
    assert primary(text, 2) != ("Phạm Văn Tình", "person")


def test_a_couples_name_keeps_the_first_title():
    lex = lexicon.get("vi")
    assert names_in("Gia đình ông bà Nguyễn Văn Hải ở thôn Đông", lex) == [("Nguyễn Văn Hải", "ông", "m")]
    text = ("Gia đình ông bà Nguyễn Văn Hải ở thôn Đông mất trắng 3 ha lúa sau trận lũ.\n\n"
            "Ông cho biết cả nhà phải dọn lên gác từ nửa đêm.")
    assert primary(text, 1) == ("Nguyễn Văn Hải", "person")


def test_months_counted_from_an_event_are_not_the_years_first_months():
    text = ("Theo Sở Y tế TP Hòa Lâm, 6 tháng đầu năm, thành phố ghi nhận 8.000 ca sốt xuất huyết.\n\n"
            "Ông Nguyễn Văn Châu, Phó giám đốc Sở Y tế TP Hòa Lâm, cho biết sau 6 tháng kể từ đợt bùng phát "
            "hồi tháng 3, thành phố ghi nhận 12.000 ca sốt xuất huyết.")
    assert "number_mismatch" not in kinds_between(conflict_pairs(text), 0, 1)


def test_the_whole_district_after_two_districts_named_is_neither():
    text = ("Theo Ban Chỉ huy PCTT tỉnh Hòa Lâm, huyện Tây Sơn có 412 nhà bị tốc mái.\n\n"
            "Ông Lê Văn Dũng, Chủ tịch UBND huyện Đông Hải, giáp ranh huyện Tây Sơn, cho biết toàn huyện có "
            "540 nhà bị tốc mái.")
    assert "number_mismatch" not in kinds_between(conflict_pairs(text), 0, 1)


def test_a_sign_read_after_a_lead_in_is_no_ones_words():
    text = ("Anh Lê Văn Tâm, 45 tuổi, mở quán phở ở đầu chợ Bến Thành đã 20 năm.\n\n"
            "Lúc tiễn chúng tôi ra cửa, anh chỉ lên tấm biển gỗ treo trên cột:\n\n"
            "“Quán nghỉ bán ngày rằm và mùng một”.")
    assert primary(text, 2) is None


def test_a_question_after_the_reporters_colon_is_the_reporters_not_the_one_asked():
    text = ("Bà Lò Thị Sen dạy chữ cho trẻ bản Nà Hừ đã 15 năm.\n\n"
            "Tôi hỏi bà:\n\n"
            "– Bà có bao giờ nghĩ đến chuyện xuống xuôi không?")
    assert primary(text, 2) is None
