"""Fresh-eyes cross rounds 11 and 12 (eleventh session). Every sentence was written for the project."""
from claims.conflicts.figures import Context
from claimviews import ACROSS, kinds, view


def test_a_denial_that_joins_another_denies_nothing_of_it():
    unit = view(0, "Đại diện Phòng Cảnh sát kinh tế cho biết cơ quan công an không thụ lý vụ việc nào "
                   "liên quan đến giám đốc chi nhánh Phú An.", "Phòng Cảnh sát kinh tế", "organization")
    police = view(1, "Cùng ngày, Công an tỉnh Hòa Bình cũng bác bỏ thông tin giám đốc chi nhánh Phú An bị bắt.",
                  "Công an tỉnh Hòa Bình", "organization", cue="bác bỏ")
    assert kinds(police, unit, Context()) == []
    rumour = view(2, "Trên mạng xã hội lan truyền thông tin giám đốc chi nhánh Phú An bị bắt.", "mạng xã hội", "anonymous")
    assert "denial" in kinds(police, rumour, Context())


def test_one_persons_fate_is_no_toll():
    # "Một người bị thương nặng đã tử vong": one more death told of one person, not a count of the dead
    toll = view(0, "Theo Ban Chỉ huy phòng thủ dân sự tỉnh, mưa lũ đã làm 8 người chết.", "Ban Chỉ huy phòng thủ dân sự tỉnh",
                "organization")
    one = view(1, "Một người bị thương nặng đã tử vong tại bệnh viện.")
    assert kinds(one, toll, ACROSS) == []
    from claims.conflicts.frames import frames
    (fr,) = frames(one.text, one.figures, None, None)
    assert fr.harm == "dead"


def test_where_most_of_them_are_from_is_not_where_the_toll_holds():
    from claims.conflicts.frames import frames
    missing = view(0, "Lực lượng cứu hộ vẫn tìm kiếm 11 người mất tích, phần lớn là người dân bản Khe Lim, xã Tà Hộc.")
    (fr,) = frames(missing.text, missing.figures, None, None)
    assert fr.places == ()


def test_a_figure_joined_to_the_one_before_holds_where_it_does():
    from claims.conflicts.frames import frames
    district = view(0, "Huyện Sơn Lộc có 5 người chết và 3 người mất tích.")
    assert [fr.place_text for fr in frames(district.text, district.figures, None, None)] == ["Huyện Sơn Lộc"] * 2


def test_the_hardest_hit_places_toll_is_a_part():
    total = view(0, "Lực lượng chức năng vẫn đang tìm kiếm 12 người mất tích.")
    hardest = view(1, "Xã Nậm Cang là địa phương thiệt hại nặng nhất với 4 người chết và 6 người mất tích.")
    assert kinds(hardest, total, ACROSS) == []


def test_a_correction_that_quotes_the_wrong_figure_corrects_it_across_outlets():
    published = view(0, "Theo đó, ngành Luật có điểm chuẩn cao nhất với 28,15 điểm.")
    notice = view(1, "Do sai sót khi nhập liệu, điểm chuẩn ngành Luật bị công bố sai thành 28,15 điểm; "
                     "con số chính xác là 27,15 điểm.")
    assert kinds(notice, published, ACROSS) == ["correction"]
    # "với 9 tàu" after a rise is no correction's restated figure: it stays its own clause's
    earlier = view(2, "Lực lượng cứu hộ đã huy động 150 người cùng 6 tàu tham gia tìm kiếm.", "Cảnh sát biển", "organization")
    later = view(3, "Cảnh sát biển cho biết lực lượng tìm kiếm đã được tăng cường lên 260 người, với 9 tàu và 2 trực thăng.",
                 "Cảnh sát biển", "organization")
    assert "number_mismatch" not in kinds(later, earlier, ACROSS)


def test_a_bodys_place_after_the_figure_or_in_the_speakers_description_is_not_where():
    from claims.conflicts.frames import frames
    taken = view(0, "Ngoài ra, 9 người bị thương đã được đưa đến Trung tâm Y tế huyện Bảo Lạc cấp cứu.")
    (fr,) = frames(taken.text, taken.figures, None, None)
    assert fr.places == ()
    said = view(1, "Ông Hà Văn Ninh, Chủ tịch UBND xã Hồng Trị, cho biết lực lượng cứu hộ đã đưa 14 người lên bờ.",
                "Hà Văn Ninh", "person", mention="Ông Hà Văn Ninh")
    (fr,) = frames(said.text, said.figures, said.source, said.mention)
    assert fr.places == ()


def test_a_count_since_a_road_opened_is_a_period_total():
    crash = view(0, "Xe tải lao vào dải phân cách trên cao tốc Bắc Giang - Lạng Sơn, 2 người chết")
    since = view(1, "Theo thống kê của doanh nghiệp dự án, từ khi đưa vào khai thác năm 2020 đến nay, tuyến cao tốc "
                    "đã xảy ra 31 vụ tai nạn, làm 17 người chết.", "doanh nghiệp dự án", "organization")
    assert kinds(since, crash) == []


def test_a_rivers_level_is_not_a_reservoirs():
    river = view(0, "Mực nước sông Lô tại trạm thủy văn Hà Giang lúc 19h ở mức 98,6 m.")
    lake = view(1, "Ông Lê Văn Quý cho biết mực nước hồ chứa lúc 7h sáng nay là 478,2 m.", "Lê Văn Quý", "person")
    assert kinds(lake, river, ACROSS) == []


def test_a_share_is_not_a_growth_rate():
    growth = view(0, "Báo cáo của UBND tỉnh cho thấy khu vực dịch vụ tăng 7,8%.", "Báo cáo của UBND tỉnh", "document")
    share = view(1, "Tỷ trọng dịch vụ trong GRDP chiếm khoảng 38%.")
    assert kinds(share, growth, ACROSS) == []


def test_fear_of_a_rumour_is_not_the_rumour():
    from claims.lexicon import get
    from claims.conflicts.statements import is_rumour
    lex = get("vi")
    assert not is_rumour("Nhiều hộ dân đã kê cao đồ đạc vì lo ngại thông tin trên mạng xã hội.", lex)
    assert is_rumour("Trên mạng xã hội lan truyền thông tin thủy điện sẽ xả lũ 3.000 m3/s.", lex)


def test_a_denied_figure_keeps_its_thousands_point():
    denial = view(0, "Công ty Thủy điện Bản Mòng bác bỏ tin xả lũ 3.000 m3/s.", "Công ty Thủy điện Bản Mòng", "organization",
                  cue="bác bỏ")
    stats = view(1, "Theo thống kê của tỉnh, mùa mưa năm nay thủy điện Bản Mòng đã 3 lần xả lũ, lần lớn nhất khoảng 900 m3/s.",
                 "thống kê của tỉnh", "document")
    assert "denial" not in kinds(denial, stats, Context())


def test_two_crashes_struck_days_apart_on_one_road_are_two_events():
    from claims.conflicts.events import different_events, signature
    a = signature("Xe khách tông xe tải trên cao tốc Trung Lương, 2 người chết",
                  [("Khoảng 3h40 sáng 8/11, xe khách chở 30 người tông vào đuôi xe tải trên cao tốc Trung Lương.", None)])
    b = signature("Ô tô con lật trên cao tốc Trung Lương, 3 người chết",
                  [("Khoảng 21h10 tối 11/11, ô tô con mất lái, lật trên cao tốc Trung Lương.", None)])
    assert different_events(a, b)
    later_report = signature("Khởi tố tài xế xe khách gây tai nạn trên cao tốc Trung Lương",
                             [("Chiều 11/11, công an tỉnh khởi tố tài xế xe khách gây tai nạn sáng 8/11.", None)])
    assert not different_events(a, later_report)


# --------------------------------------------------------------------------- cross round 12
def test_a_body_and_its_address_in_brackets_leave_the_toll_where_it_was():
    from claims.conflicts.frames import frames
    dept = view(0, "Chiều 3/4, Sở Y tế tỉnh Hà Lâm cho biết tính đến 15h cùng ngày, đã có 94 công nhân Công ty TNHH "
                   "Giày da Minh Phát (Khu công nghiệp Đông Sơn, huyện Yên Lạc) phải nhập viện.", "Sở Y tế tỉnh Hà Lâm",
                "organization")
    (fr,) = frames(dept.text, dept.figures, dept.source, dept.mention)
    assert fr.harm == "hospitalised" and fr.places == ()
    hospital = view(1, "Theo Bệnh viện Đa khoa tỉnh Hà Lâm, tính đến 15h cùng ngày, đã có 71 công nhân phải nhập viện.",
                    "Bệnh viện Đa khoa tỉnh Hà Lâm", "organization")
    assert kinds(dept, hospital, ACROSS) == ["number_mismatch"]


def test_one_named_hospitals_patients_are_a_share_of_all_hospitals():
    one = view(0, "Bác sĩ Đỗ Văn Tâm, Phó giám đốc Bệnh viện Đống Đa, cho biết bệnh viện đang điều trị 6 nạn nhân.",
               "Đỗ Văn Tâm", "person")
    all_ = view(1, "Theo Sở Y tế, hiện có 17 nạn nhân đang điều trị tại các bệnh viện.", "Sở Y tế", "organization")
    assert kinds(all_, one, ACROSS) == []


def test_a_whole_provinces_list_shares_its_scope_and_is_not_one_landslides_toll():
    headline = view(0, "Sạt lở đất ở Lai Châu, 4 người chết, 2 người mất tích")
    province = view(1, "Tính đến trưa 9/8, mưa lũ trên địa bàn tỉnh Lai Châu đã làm 9 người chết, 5 người mất tích.")
    assert kinds(province, headline) == []


def test_a_disease_count_is_not_the_schools_roll():
    roll = view(0, "Trường Tiểu học Tân Lập hiện có 980 học sinh với 28 lớp học.")
    rumour = view(1, "Trên mạng xã hội lan truyền thông tin trường có 35 học sinh mắc bệnh sởi.")
    assert kinds(rumour, roll) == []


def test_a_published_figure_before_the_right_one_is_the_old_one():
    published = view(0, "Tổng sản phẩm trên địa bàn quý I của tỉnh ước tăng 7,6% so với cùng kỳ.")
    notice = view(1, "Do nhầm lẫn, bài viết đã ghi tốc độ tăng trưởng GRDP quý I của tỉnh là 7,6%, con số chính xác là 6,7%.")
    assert kinds(notice, published, ACROSS) == ["correction"]


def test_investment_growth_is_not_grdp_growth():
    grdp = view(0, "Theo Cục Thống kê, GRDP quý I của tỉnh ước tăng 8,1% so với cùng kỳ.", "Cục Thống kê", "organization")
    investment = view(1, "Tổng vốn đầu tư thực hiện trên địa bàn đạt 6.300 tỷ đồng, tăng 10,4% so với cùng kỳ.")
    assert kinds(investment, grdp) == []


def test_one_named_majors_rate_is_not_the_schools():
    school = view(0, "Trường Đại học Kỹ thuật Hòa Lâm: 92,4% sinh viên có việc làm sau một năm")
    major = view(1, "Sinh viên ngành Kỹ thuật phần mềm của trường có tỷ lệ việc làm 98,7%")
    assert kinds(major, school, ACROSS) == []


def test_a_list_after_more_is_more_of_each():
    staff = view(0, "Công ty đã cử 20 nhân viên túc trực hỗ trợ người bệnh.")
    more = view(1, "Bệnh viện đã huy động thêm 40 giường bệnh và 25 nhân viên y tế từ các khoa khác để hỗ trợ.",
                "Bệnh viện", "organization")
    assert kinds(more, staff, ACROSS) == []


def test_a_whole_province_opening_the_sentence_is_all_its_figures():
    headline = view(0, "Sạt lở đất vùi lấp 3 ngôi nhà ở Lai Châu, 2 người chết")
    province = view(1, "Tính chung toàn tỉnh Lai Châu, mưa lũ từ ngày 8/9 đến nay đã làm 9 người chết và mất tích, "
                       "hơn 800 ngôi nhà bị hư hại.")
    assert kinds(province, headline) == []
