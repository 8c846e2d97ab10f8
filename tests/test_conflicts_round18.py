"""Fresh-eyes round 18 (fourteenth session), conflicts: a department "của" a company speaks for
the company, so its denial is no conflict with the company's own statement; a sentence that gives
its subject's share of a total ("chiếm 41% tổng doanh thu") is about a part, not the total.
Articles written for the project."""
from claims.analyze import analyze_text


def _pairs(text):
    (rep,) = analyze_text(text)
    return [(c.kind, c.sentence, c.other_sentence) for c in rep.conflicts]


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
