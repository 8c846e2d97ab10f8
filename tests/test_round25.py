"""Fresh-eyes round 25 (sixteenth session): a body named again by a short form takes the fullest
name the article wrote for it ("Công ty Kỳ Phong" after "Công ty TNHH Điện tử Kỳ Phong", "TaGo"
after the firm's formal name, "Đại sứ quán" and "VKSND" alone), and a name no longer runs on into
the verb after it when the segmenter glues them ("Hòa Bình phát đi"). Sentences written for the
project."""
import pytest

from claimviews import first_source as primary
from claims.words import dictionary_words, segment


@pytest.mark.parametrize("text,k,want", [
    # the head and the brand, the fields in between left out
    ("Hơn 80 công nhân Công ty TNHH Cơ khí Tân Thành ở Long An phải nhập viện. "
     "Đại diện Công ty Tân Thành cho hay doanh nghiệp sẽ chi trả toàn bộ viện phí.", 1,
     ("Công ty TNHH Cơ khí Tân Thành", "organization")),
    # the brand alone, after the firm's formal name (its legal form and fields capitalised)
    ("Trong văn bản gửi báo chí, Công ty cổ phần Giao hàng và Kho vận MinaGo khẳng định phí mới là hợp lý. "
     "Cũng theo MinaGo, khoản thu thêm dùng để mua bảo hiểm cho tài xế.", 1,
     ("Công ty cổ phần Giao hàng và Kho vận MinaGo", "organization")),
    # a mission's name goes on with its host country; "Đại sứ quán" alone is that mission
    ("Đại sứ quán Việt Nam tại Hàn Quốc đã cử cán bộ xuống hiện trường. "
     "Theo Đại sứ quán, có 12 lao động Việt Nam làm việc tại xưởng bị cháy.", 1,
     ("Đại sứ quán Việt Nam tại Hàn Quốc", "organization")),
    # an acronym alone is the body written out before
    ("Viện Kiểm sát nhân dân tỉnh Kon Tum đã truy tố 4 bị cáo. "
     "VKSND cáo buộc bị cáo Phạm Văn Lực đã lập hồ sơ khống để rút tiền.", 1,
     ("Viện Kiểm sát nhân dân tỉnh Kon Tum", "organization")),
    # the segmenter's "Bình phát" is a name's end and a verb: the firm is named without the verb
    ("Công ty cổ phần Dược phẩm An Bình phát đi thông báo thu hồi lô thuốc. "
     "Doanh nghiệp khẳng định sẽ hoàn tiền cho khách hàng.", 1,
     ("Công ty cổ phần Dược phẩm An Bình", "organization")),
])
def test_short_forms_take_the_fullest_name(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # a description is no formal name: "công ty phần mềm Zentra" is "Zentra"
    ("Công ty phần mềm Zentra vừa cắt giảm 200 nhân sự. "
     "Zentra cho biết việc tái cấu trúc sẽ hoàn tất trong quý I.", 1, ("Zentra", "organization")),
    # a country is not its own ministry
    ("Bộ Ngoại giao Valdoria đã triệu tập đại sứ. "
     "Valdoria khẳng định sẽ không rút quân khỏi khu vực biên giới.", 1, ("Valdoria", "organization")),
    # a field is no proper name: "Bộ Tài chính" is not the two ministries named together
    ("Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá xăng. "
     "Đại diện Bộ Tài chính cho biết quỹ bình ổn còn khoảng 5.000 tỷ đồng.", 1, ("Bộ Tài chính", "organization")),
])
def test_short_forms_guards(text, k, want):
    assert primary(text, k) == want


@pytest.mark.skipif(not dictionary_words(), reason="underthesea's segmentation dictionary is not installed")
@pytest.mark.parametrize("text,words", [
    ("Công ty cổ phần Thực phẩm Hòa Bình phát đi thông cáo.", ["Hòa", "Bình", "phát"]),
    # a word of the dictionary inside a body's name stays whole
    ("Riêng Cục An ninh mạng cho biết số vụ lừa đảo đã giảm.", ["Cục", "An ninh mạng"]),
    ("Công ty TNHH Xây dựng Minh Phát gửi văn bản.", ["TNHH", "Xây dựng"]),
])
def test_a_name_is_split_from_the_verb_glued_to_it(text, words):
    got = [w for w, _, _ in segment(text)]
    at = got.index(words[0])
    assert got[at:at + len(words)] == words


def test_a_particle_inside_a_foreign_name_is_not_split_off():
    got = [w for w, _, _ in segment("Trang Bola dẫn lời HLV Hà Lan Pieter de Jong nói rằng đội đã chuẩn bị kỹ.")]
    assert "de" not in got  # underthesea's "Pieter de" (or the whole name) stays as it is
    assert primary("Trang Bola dẫn lời HLV Hà Lan Pieter de Jong nói rằng đội đã chuẩn bị kỹ.", 0)[0].startswith("Pieter de Jong")


@pytest.mark.parametrize("text,k,want", [
    # once "Hoa" and "sinh" are two words, the birth year still belongs to the mention
    ("Chị Đặng Thu Hoa sinh năm 1992 kể lại rằng nước lên rất nhanh.", 0, ("Đặng Thu Hoa", "person")),
    # a wish is no cue, whichever word the ranker took for one
    ("Người dân xóm Bãi Dài mong sớm có cây cầu mới thay cho chiếc đò ngang.", 0, None),
])
def test_what_correct_words_still_need(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # a manager after a quantifier is a person; "Ban quản lý" is still a board
    ("Một quản lý của chuỗi nhà thuốc Tâm An tiết lộ doanh thu quý III giảm gần một nửa.", 0,
     ("Một quản lý của chuỗi nhà thuốc Tâm An", "anonymous")),
    ("Ban quản lý chợ Đồng Xuân cho biết các ki-ốt sẽ mở lại từ thứ hai.", 0, ("Ban quản lý chợ Đồng Xuân", "organization")),
    # "theo X," opening a relative or contrasting clause, as after a comma
    ("Hàng trăm hộ đã mua những căn hộ mà theo kết luận thanh tra, chưa đủ điều kiện mở bán.", 0,
     ("kết luận thanh tra", "document")),
    # only a paper "states" with "thể hiện"; a person or a paper showing a quality reports nothing
    ("Cáo trạng của VKSND TP Cần Thơ thể hiện, trong hai năm, bị cáo đã lập 40 hợp đồng khống.", 0,
     ("Cáo trạng của VKSND TP Cần Thơ", "document")),
    ("Anh Quang thể hiện quyết tâm giành huy chương vàng.", 0, None),
    ("Bản án thể hiện sự nghiêm minh của pháp luật.", 0, None),
    # an unnamed person described by a clause that runs straight into the cue is one mention
    ("Một tài xế thường chạy tuyến Long Thành cho hay mỗi chuyến anh mất thêm 20 phút.", 0,
     ("Một tài xế thường chạy tuyến Long Thành", "anonymous")),
])
def test_round25_attribution_classes(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # a named spokesperson set between "Đại diện X," and their post speaks, not the body
    ("Đại diện công ty, ông Lâm Quốc Huy, Giám đốc kinh doanh, trấn an rằng khách hàng sẽ được hoàn tiền.", 0,
     ("Lâm Quốc Huy", "person")),
    # where a speaker works, between the speaker and the cue, is no subject
    ("Tiến sĩ Đỗ Văn Khải thuộc Viện Nghiên cứu Thủy sản cho rằng nguồn cá giảm vì khai thác quá mức.", 0,
     ("Đỗ Văn Khải", "person")),
    # a role written "nhà ..." then a foreign full name is that person
    ("Nhà kinh tế Peter Lindqvist nhận định lãi suất sẽ giảm trong quý tới.", 0, ("Peter Lindqvist", "person")),
    # the guard: a role and a country is still unnamed
    ("Nhà ngoại giao Mỹ cho biết cuộc gặp sẽ diễn ra vào tuần sau.", 0, ("Nhà ngoại giao Mỹ", "anonymous")),
])
def test_round25_people_and_their_bodies(text, k, want):
    assert primary(text, k) == want
