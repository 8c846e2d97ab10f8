"""Fresh-eyes round 18 (fourteenth session), conflicts: a department "của" a company speaks for
the company, so its denial is no conflict with the company's own statement; a sentence that gives
its subject's share of a total ("chiếm 41% tổng doanh thu") is about a part, not the total.
Articles written for the project."""
from claimviews import conflict_pairs


_pairs = conflict_pairs  # (kind, sentence, other sentence) of each link inside the article


def test_a_companys_own_department_is_no_second_party():
    text = ("Công ty cổ phần Dệt may Hòa Bình (Hòa Bình Textile) vừa công bố kế hoạch tái cấu trúc.\n\n"
            "Cùng ngày, trong thông cáo gửi báo chí, Hòa Bình Textile xác nhận sẽ chấm dứt hợp đồng với khoảng "
            "300 công nhân từ ngày 1/12.\n\n"
            "Một công nhân phản ánh, nhiều người bị gọi lên ký biên bản thỏa thuận ngay trong buổi sáng.\n\n"
            "Đại diện phòng nhân sự của Hòa Bình Textile bác bỏ thông tin công nhân bị ép ký, khẳng định mọi "
            "thỏa thuận đều tự nguyện.")
    assert not [p for p in _pairs(text) if {p[1], p[2]} == {1, 3}]


def test_a_share_of_the_total_is_no_total():
    text = ("Theo báo cáo tài chính quý III, Công ty Thép Hưng Long đạt doanh thu 5.200 tỷ đồng, giảm 12% so với "
            "cùng kỳ năm trước.\n\n"
            "Doanh thu xuất khẩu, vốn chiếm 35% tổng doanh thu, giảm 27% so với cùng kỳ.")
    assert not [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_two_totals_for_one_quarter_are_still_compared():
    # the guard is the share of a total, not any percentage: two reports of one total still clash
    text = ("Theo báo cáo tài chính quý III, doanh thu của Công ty Thép Hưng Long giảm 12% so với cùng kỳ.\n\n"
            "Tuy nhiên, theo Hiệp hội Thép, doanh thu quý III của Công ty Thép Hưng Long giảm 20% so với cùng kỳ.")
    assert [p for p in _pairs(text) if p[0] == "number_mismatch"]


# fresh-eyes round 19 and cross round 17 (the same session)
def test_a_denial_of_what_spreads_online_answers_no_police_finding():
    text = ("Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Sơn xác định nhóm cầu thủ CLB Sông Lam Mới đã nhận 800 triệu "
            "đồng để cố tình thua trận.\n\n"
            "Vị HLV 50 tuổi phủ nhận thông tin trên mạng xã hội cho rằng ban huấn luyện đã nhận phần trăm từ nhóm "
            "cầu thủ.")
    assert not [p for p in _pairs(text) if p[0] == "denial"]


def test_a_denial_answers_what_came_before_it():
    text = ("Nhiều khách hàng tập trung trước trụ sở công ty để đòi câu trả lời về tiến độ dự án.\n\n"
            "Ông Lê Văn Hòa, Phó Tổng giám đốc công ty, bác bỏ thông tin doanh nghiệp dùng tiền của người mua để "
            "đầu tư vào dự án khác.\n\n"
            "Giá bán trung bình của dự án là 40 triệu đồng/m2.\n\n"
            "Một lãnh đạo Sở Xây dựng xác nhận sở đã nhận đơn của 317 hộ mua nhà và đã yêu cầu chủ đầu tư báo cáo "
            "tiến độ trước ngày 30/11.")
    assert not [p for p in _pairs(text) if p[0] == "denial"]


def test_a_denial_still_answers_an_earlier_accusation():
    text = ("Phe đối lập Karesia không công nhận kết quả bầu cử\n\n"
            "Liên minh Tương lai Chung còn cáo buộc chính quyền đưa hàng trăm nghìn cử tri không có thật vào danh "
            "sách và ép nhân viên nhà nước bỏ phiếu cho đương kim tổng thống.\n\n"
            "Phát ngôn viên Văn phòng Tổng thống Karesia bác bỏ các cáo buộc này, gọi đây là chiêu trò của những kẻ "
            "thua cuộc.")
    assert [p for p in _pairs(text) if p[0] == "denial"]


def test_airtime_shares_are_no_vote_shares():
    text = ("Theo Ủy ban Bầu cử Trung ương, ông Volkan giành 52,3% số phiếu, bà Sestova được 44,1%.\n\n"
            "Báo cáo của phái bộ quan sát nêu rõ truyền thông nhà nước dành cho ông Volkan 78% thời lượng tin chính "
            "trị, còn bà Sestova chỉ được 9%.")
    assert not [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_a_stance_word_inside_a_place_name_takes_no_stance():
    text = ("Theo chuyên gia Tomas Brenner, phe đối lập khó thắng kiện vì tòa án chịu ảnh hưởng lớn từ chính phủ.\n\n"
            "Vài giờ sau, bà Sestova xuất hiện ở quảng trường Độc Lập và tuyên bố không công nhận kết quả.")
    assert not [p for p in _pairs(text) if p[0] == "contradiction"]


def test_one_days_count_is_no_step_of_the_running_total():
    from claimviews import kinds, view
    a = view(0, "Tính đến 17h ngày 21/3, toàn tỉnh đã tiêm cho hơn 21.000 trẻ, đạt 53% kế hoạch.", "Sở Y tế", "organization")
    b = view(1, "Trong ngày 20/3, toàn tỉnh chỉ khoảng 600 trẻ được đưa đến điểm tiêm.", "CDC tỉnh", "organization")
    assert kinds(a, b) == []


def test_a_count_by_severity_among_others_is_a_part_but_a_whole_count_is_compared():
    from claimviews import kinds, view
    police = view(0, "Theo Công an tỉnh, tính đến 7h, vụ tai nạn đã làm 5 người tử vong và 19 người bị thương.",
                  "Công an tỉnh", "organization")
    part = view(1, "Hiện 17 người đang điều trị tại bệnh viện, 6 người bị thương nhẹ được sơ cứu tại trung tâm y tế.",
                "Bệnh viện Đa khoa", "organization")
    assert "number_mismatch" not in kinds(part, police)
    hospital = view(2, "Bệnh viện Đà Nẵng cho biết đã tiếp nhận 11 hành khách bị thương từ chuyến bay.",
                    "Bệnh viện Đà Nẵng", "organization")
    airline = view(3, "Theo thông cáo của hãng, 4 hành khách bị thương nhẹ, chủ yếu trầy xước.", "hãng", "organization")
    assert "number_mismatch" in kinds(airline, hospital)


# review mends (the same session)
def test_a_denial_answers_a_later_complaint_and_a_later_post():
    text = ("Nhà máy thép bị phản ánh gây ô nhiễm\n\n"
            "Sáng 12/6, nhiều người dân xã Hòa Lợi tập trung trước cổng nhà máy.\n\n"
            "Đến chiều, Công ty Thép Việt Long bác bỏ thông tin nhà máy xả khói độc ra khu dân cư.\n\n"
            "Giá thép xây dựng tháng này tăng nhẹ.\n\n"
            "Nhiều hộ dân phản ánh nhà máy xả khói độc ra khu dân cư vào ban đêm.")
    assert [p for p in _pairs(text) if p[0] == "denial"]


def test_a_denial_of_online_information_answers_an_accounts_post():
    text = ("Công ty sữa bác tin đồn sản phẩm nhiễm khuẩn\n\n"
            "Sáng 5/9, một tài khoản Facebook tên Minh Tú đăng bài cho rằng sữa của Công ty Sữa Hòa Bình bị nhiễm khuẩn.\n\n"
            "Bài đăng nhanh chóng thu hút hàng nghìn lượt chia sẻ.\n\n"
            "Chiều cùng ngày, Công ty Sữa Hòa Bình phủ nhận thông tin lan truyền trên mạng về việc sữa bị nhiễm khuẩn.")
    assert [p for p in _pairs(text) if p[0] == "denial"]


def test_a_severity_later_in_the_clause_leaves_the_whole_count_whole():
    from claimviews import kinds, view
    a = view(0, "Theo Công an tỉnh, vụ tai nạn làm 7 người tử vong và 2 người bị thương nặng.", "Công an tỉnh", "organization")
    b = view(1, "Bệnh viện cho biết vụ tai nạn làm 5 người tử vong.", "Bệnh viện tỉnh", "organization")
    assert "number_mismatch" in kinds(a, b)


def test_a_day_that_dates_a_report_keeps_its_toll_compared():
    from claimviews import kinds, view
    a = view(0, "Trong ngày 8/10, Ban Chỉ huy phòng chống thiên tai cho biết vụ sạt lở đã làm 15 người chết.",
             "Ban Chỉ huy phòng chống thiên tai", "organization")
    b = view(1, "Theo Công an huyện, vụ sạt lở đã làm 12 người chết.", "Công an huyện", "organization")
    assert kinds(a, b)


def test_a_percentage_followed_by_a_reason_names_no_whole():
    from claimviews import kinds, view
    a = view(0, "Công ty cho biết lợi nhuận quý I tăng 45% nhờ xuất khẩu.", "Công ty Thép Hưng Long", "organization")
    b = view(1, "Theo báo cáo tài chính, lợi nhuận quý I của Công ty Thép Hưng Long chỉ tăng 25% bất chấp xuất khẩu tăng.",
             "báo cáo tài chính", "document")
    assert "number_mismatch" in kinds(a, b)


def test_a_stance_word_opening_a_quote_is_still_a_stance():
    text = ("Nước giếng ở xã Tân Lập\n\n"
            "Trung tâm Kiểm soát bệnh tật tỉnh kết luận nước giếng ở xã Tân Lập bị ô nhiễm asen.\n\n"
            "Ông Lê Văn Sơn, Chủ tịch UBND xã Tân Lập, khẳng định: “An toàn, người dân vẫn dùng được bình thường”.")
    assert [p for p in _pairs(text) if p[0] == "contradiction"]
