"""Guards from a helper's review of the sixteenth session's change (its own sentences, rewritten
here): new cue words used as nouns, short names of bodies that are other bodies, "cơ quan này"
chains, and time words that date one event. Each case was wrong after the change and right
before it."""
import pytest

from claimviews import conflict_pairs, first_source as primary


@pytest.mark.parametrize("text", [
    "Người dân cần tuân thủ khuyến cáo của cơ quan chức năng để bảo đảm an toàn.",
    "Nhiều người phớt lờ khuyến cáo của cảnh sát giao thông và tiếp tục đi vào làn khẩn cấp.",
    "Người dân bất chấp khuyến cáo vẫn tắm ở khu vực biển nguy hiểm.",
    "Bản án thể hiện tính nghiêm minh của pháp luật đối với tội phạm tham nhũng.",
    "Bức thư của các em học sinh thể hiện mong muốn được đến trường trở lại sau lũ.",
    "Bộ Tài chính vừa gửi báo cáo lên Chính phủ về tình hình thu ngân sách 10 tháng.",
    "Nhiều địa phương chậm báo cáo khiến việc tổng hợp số liệu gặp khó khăn.",
    "Ông Lê Văn Hòa đã báo cáo vụ việc lên lãnh đạo công ty.",
    "Sở Y tế phát đi văn bản đính chính số liệu ca mắc trong tuần.",
])
def test_new_cue_words_used_as_nouns_credit_no_one(text):
    assert primary(text, 0) is None


@pytest.mark.parametrize("text,k,want", [
    # a gesture or the talk itself is no description of who speaks
    ("Một tiểu thương chợ Bến Thành lắc đầu cho biết sức mua giảm mạnh từ đầu năm.", 0,
     ("Một tiểu thương chợ Bến Thành", "anonymous")),
    ("Một lãnh đạo Bệnh viện Chợ Rẫy trao đổi với phóng viên cho biết bệnh nhân đã qua cơn nguy kịch.", 0,
     ("Một lãnh đạo Bệnh viện Chợ Rẫy", "anonymous")),
    # a unit is not its group, named beside it or before it
    ("Công ty Tân Á, đơn vị thành viên của Công ty cổ phần Tập đoàn Tân Á, cho biết sẽ bồi thường cho các hộ dân.", 0,
     ("Công ty Tân Á", "organization")),
    ("Công ty cổ phần Tập đoàn Tân Á là chủ đầu tư dự án. "
     "Công ty Tân Á, đơn vị thi công hạ tầng, cho biết đã hoàn thành 80% khối lượng.", 1, ("Công ty Tân Á", "organization")),
    # two full names ending alike: the short one stays as written
    ("Công ty TNHH Xây dựng Hòa Phong là chủ đầu tư dự án. Dự án do Công ty TNHH Bất động sản Hòa Phong thi công. "
     "Công ty Hòa Phong khẳng định sẽ bàn giao nhà đúng hạn.", 2, ("Công ty Hòa Phong", "organization")),
    # the supreme procuracy has its own acronym
    ("Viện Kiểm sát nhân dân tối cao vừa ban hành hướng dẫn mới. Trong vụ án tại Đắk Lắk, VKSND cho rằng bị cáo "
     "phạm tội lần đầu.", 1, ("VKSND", "organization")),
    # "Cơ quan này cũng ..." continues the police's chain past a firm credited in between
    ("Công an tỉnh Hòa Lâm cho biết đã khởi tố vụ án. Cơ quan này cho biết đã tạm giữ 3 nghi phạm. "
     "Trong khi đó, Công ty TNHH Vận tải Hưng Thịnh khẳng định tài xế đã nghỉ việc. "
     "Cơ quan này cũng cho biết đang truy tìm 2 đối tượng khác.", 3, ("Công an tỉnh Hòa Lâm", "organization")),
])
def test_review_attribution_guards(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text", [
    # "tuần trước" dates the one landslide both give a toll for
    "Vụ sạt lở đất xảy ra tuần trước ở xã Trà Leng đã làm 11 người chết, Chủ tịch UBND huyện cho biết.\n\n"
    "Theo Ban Chỉ huy phòng chống thiên tai tỉnh, vụ sạt lở ở xã Trà Leng làm 14 người chết.",
    # a date's year is no year a target is set for
    "Ngày 15/1/2025, UBND tỉnh Hòa Lâm đặt mục tiêu tăng trưởng GRDP đạt 10%.\n\n"
    "Theo Sở Tài chính, mục tiêu tăng trưởng GRDP của tỉnh năm nay là 8%.",
])
def test_review_conflicts_still_found(text):
    assert [p for p in conflict_pairs(text) if p[0] == "number_mismatch"]
