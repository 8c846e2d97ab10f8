"""A name the article says someone is called by, written without quotation marks, is theirs from
then on (claims/attribution/nicknames.py). Sentences written for the project."""
import pytest

from claimviews import first_source as primary

FORGE = ("Ông Lê Văn Tám năm nay 70 tuổi, đã có nửa thế kỷ đứng bên bễ lò.\n"
         "Anh Lê Văn Sang, con trai út của ông Tám, năm nay 38 tuổi, người trong thôn gọi là Út Sang.\n"
         "- Đi làm thuê thì đủ ăn thôi, về nhà mới thấy mình làm ra được cái gì - anh Út Sang kể.\n")

ISLAND = ("Trên cầu tàu, một cô gái dáng nhỏ đứng chờ sẵn bên thùng thuốc.\n"
          "Đó là Đặng Thị Thu Hiền, y sĩ của trạm y tế xã đảo.\n"
          "Hiền là người mà bà con ở đây gọi thân mật là cô Út.\n"
          "- Thuốc tiểu đường hết từ tuần trước rồi - cô nói, tay vẫn ghi sổ.\n")

NIGHT_BUS = ("Anh Phan Văn Lực làm phụ xe tuyến Bắc - Nam đã mười hai năm.\n"
             "Cánh tài xế trên tuyến quen gọi anh là Lực Gầy.\n"
             "Lực Gầy cho biết mỗi chuyến anh chỉ chợp mắt được chừng hai tiếng.\n")


@pytest.mark.parametrize("text,k,want", [
    (FORGE, 2, ("Lê Văn Sang", "person")),  # the nickname after "gọi là", no quotation marks
    (ISLAND, 3, ("Đặng Thị Thu Hiền", "person")),  # "cô Út": the nurse, not someone new called Út
    (NIGHT_BUS, 2, ("Phan Văn Lực", "person")),  # "gọi anh là": the man named just before
])
def test_a_nickname_credits_the_one_named_in_full(text, k, want):
    assert primary(text, k) == want


def test_the_one_the_nickname_shares_a_word_with_not_the_father_named_between():
    # "con trai út của ông Tám" names the father inside the son's description
    assert primary(FORGE, 2)[0] != "Lê Văn Tám"


def test_a_call_on_the_phone_is_no_nickname():
    text = ("Bà Ngô Thị Mận bán hàng nước đầu hẻm đã 20 năm.\n"
            "Tối qua, bà gọi cho con trai là Ngô Văn Tài để báo tin.\n"
            "Anh Ngô Văn Tài cho biết mẹ anh vẫn khỏe.\n")
    assert primary(text, 2) == ("Ngô Văn Tài", "person")


BUS_STOP = ("Trong lúc khách xuống xe, anh Đinh Văn Thuận kiểm tra lại các kiện hàng.\n"
            "Lan, cô sinh viên năm ba về quê ăn Tết, nói lần nào đi xe này cũng được anh nhắc gọi điện báo nhà.\n"
            "- Ảnh nhớ mặt khách dữ lắm - cô sinh viên kể.\n"
            "Quân, chàng trai 19 tuổi ngồi ghế đầu, cho biết đây là lần đầu anh đi xe đêm.\n")


@pytest.mark.parametrize("k,want", [
    (1, ("Lan", "person")),  # a given name alone, then who she is: she speaks, not "cô sinh viên ..."
    (2, ("Lan", "person")),  # "cô sinh viên" then means her
    (3, ("Quân", "person")),
])
def test_a_given_name_described_right_after_it(k, want):
    assert primary(BUS_STOP, k) == want


def test_an_opening_adverb_is_no_given_name():
    text = "Rồi, anh thợ hồ lớn tuổi nhất, nói cả đội sẽ làm xuyên đêm.\n"
    assert primary(text, 0) != ("Rồi", "person")
