"""The twenty-second session's review: problems a helper found in the change, each with its own
sentences (written for the project), now mended."""
from claimviews import first_source as primary


def test_a_pronoun_after_an_officials_report_means_the_one_reported_on():
    # "ông" is the suspect named after the colonel's cue; the colonel was never called "ông"
    text = ("Đại tá Lê Văn Hùng, Trưởng Công an huyện Đức Hòa, cho biết ông Phạm Văn Tư đã ra đầu thú.\n\n"
            "Tại cơ quan công an, ông khai nhận đã dùng dao đâm người hàng xóm.")
    assert primary(text, 1) == ("Phạm Văn Tư", "person")


def test_a_full_name_after_a_street_is_the_speaker():
    text = ("Khách du lịch giảm mạnh.\n\n"
            "Chủ một quán cà phê trên phố Tạ Hiện, Nguyễn Minh Đức cho biết lượng khách đã giảm một nửa.")
    assert primary(text, 1) == ("Nguyễn Minh Đức", "person")


def test_a_finding_made_at_someones_request_is_credited():
    text = ("Vụ án được đưa ra xét xử lần thứ hai.\n\n"
            "Theo yêu cầu của Viện Kiểm sát, Hội đồng giám định đã kết luận bị can không mắc bệnh tâm thần.\n\n"
            "Ban Chỉ đạo phòng chống dịch tỉnh kết luận ổ dịch đã được kiểm soát.\n\n"
            "Dù được yêu cầu giữ kín, Thanh tra Bộ Xây dựng kết luận dự án vi phạm quy hoạch.")
    assert primary(text, 1) == ("Hội đồng giám định", "organization")
    assert primary(text, 2) == ("Ban Chỉ đạo phòng chống dịch tỉnh", "organization")
    assert primary(text, 3) == ("Thanh tra Bộ Xây dựng", "organization")


def test_a_body_with_and_in_its_name_then_a_clause_after_the_comma():
    text = ("Năm học mới sắp bắt đầu.\n\n"
            "Theo Sở Giáo dục và Đào tạo, Hà Nội sẽ tuyển thêm 3.000 giáo viên, trong đó phần lớn dạy tiếng Anh.")
    assert primary(text, 1) == ("Sở Giáo dục và Đào tạo", "organization")


def test_a_school_named_before_is_not_a_parent_sharing_its_word():
    text = ("Anh Lê Văn Trường, phụ huynh lớp 6A, phản ánh nhà trường thu thêm 2 triệu đồng mỗi học sinh.\n\n"
            "Chiều 5/9, Trường THCS Nguyễn Du thừa nhận đã thu sai quy định.\n\n"
            "Trường cho biết sẽ hoàn trả toàn bộ khoản thu trong tuần này.")
    assert primary(text, 2) == ("Trường THCS Nguyễn Du", "organization")


def test_a_real_name_is_given_for_a_birth_order_name_only():
    text = ("Chị Hoa, chủ quầy tạp hóa đầu hẻm, là người chứng kiến vụ tai nạn.\n\n"
            "Người bị xe tông là một phụ nữ bán vé số dạo quen thuộc trong khu phố.\n\n"
            "Chị tên thật là Lê Thị Út, 52 tuổi, quê Bến Tre.\n\n"
            "Chị Hoa cho biết chiếc xe tải chạy rất nhanh.")
    assert primary(text, 3) == ("Hoa", "person")


def test_a_phone_call_makes_no_nickname():
    text = ("Ông Phạm Văn Long thừa nhận người ông gọi là ông Lê Văn Sơn trong cuộc điện thoại là một cán bộ xã.\n\n"
            "Ông Lê Văn Sơn khẳng định không quen biết ông Long.")
    assert primary(text, 1) == ("Lê Văn Sơn", "person")


def test_a_capitalised_aside_between_dashes_is_no_part_of_the_bodys_name():
    text = ("Bệnh viện bị phát hiện thu sai viện phí.\n\n"
            "Bộ Y tế – Bộ chủ quản của bệnh viện – khẳng định sẽ xử lý nghiêm sai phạm.")
    assert primary(text, 1) == ("Bộ Y tế", "organization")


def test_a_party_telling_what_another_did_is_the_source():
    text = ("Tranh chấp đất đai kéo dài ba năm.\n\n"
            "Theo ông Lê Văn Toàn, bà Phạm Thị Mến đã thừa nhận lấn chiếm 20 m2 đất trước mặt cán bộ xã rồi lại chối.")
    assert primary(text, 1) == ("Lê Văn Toàn", "person")


def test_a_recording_and_a_noticing_credit_no_one():
    text = ("Vụ cướp xảy ra lúc 2 giờ sáng.\n\n"
            "Đoạn video ghi lại toàn bộ vụ cướp diễn ra trong vòng 30 giây.\n\n"
            "Người đi đường nhận thấy khói đen bốc ra từ khoang động cơ nên hô hoán tài xế dừng xe.\n\n"
            "Thị trường tin rằng giá vàng sẽ còn tăng.")
    assert primary(text, 1) is None
    assert primary(text, 2) is None
    assert primary(text, 3) is None
