"""Fresh-eyes rounds 18-21 read for conflicts (fifteenth session): which claim a denial answers
(the kind of statement it names: "lời khai", "kết luận"), a bare negative that answers nobody, a
bank account that is no social-media post, a price against a fine, a stance word inside the rumour
a speaker denies. Articles written for the project."""
import pytest

from claimviews import conflict_pairs, cross_links


_pairs = conflict_pairs  # (kind, sentence, other sentence) of each link inside the article


def _denials(text):
    return [{p[1], p[2]} for p in _pairs(text) if p[0] == "denial"]


TRIAL = ("Bị cáo Lương Văn Hậu hầu tòa vì gây tai nạn khiến một người tử vong\n\n"
         "Kết luận giám định của Phòng Kỹ thuật hình sự Công an tỉnh Tân Hà nêu rõ, tại thời điểm va chạm, xe tải "
         "chạy với tốc độ khoảng 92 km/h.\n\n"
         "Tại tòa, bị cáo Hậu khai khi đó chỉ chạy khoảng 60 km/h và không nhìn thấy người đi bộ vì trời tối.\n\n"
         "Kiểm sát viên Phạm Thu Trang bác bỏ lời khai này, dẫn hình ảnh camera giao thông cho thấy xe tải liên "
         "tục vượt các xe khác.")


def test_a_denial_of_a_testimony_answers_what_was_testified():
    assert {2, 3} in _denials(TRIAL)
    assert {1, 3} not in _denials(TRIAL)


def test_a_denial_of_a_conclusion_answers_the_conclusion():
    text = ("Bộ Công Thương nước Veloria áp thuế tạm thời với nhôm nhập khẩu\n\n"
            "Ngày 3/11, Bộ Công Thương Veloria công bố quyết định áp thuế tạm thời 18% trong 150 ngày với nhôm "
            "nhập khẩu từ Castoria.\n\n"
            "Cơ quan điều tra phòng vệ thương mại Veloria kết luận các nhà sản xuất Castoria đã bán nhôm với giá "
            "thấp hơn giá thành.\n\n"
            "Tập đoàn nhôm Castal, nhà xuất khẩu lớn nhất của Castoria, bác bỏ kết luận bán phá giá và cho biết sẽ "
            "khởi kiện.")
    assert {2, 3} in _denials(text)


@pytest.mark.xfail(reason="a plain negation that repeats two words of the other claim ('không có đèn chiếu sáng' / "
                          "'lắp thêm đèn chiếu sáng') is read as answering it, as 'hoàn toàn không xả thải ra sông' "
                          "answers a complaint of 'xả thải ra sông': words alone cannot tell a plan from a claim",
                   strict=True)
def test_a_bare_negative_repeating_a_plans_words_answers_nobody():
    # "không hề có", "hoàn toàn không": a negative fact of the speaker's own, not a denial of the
    # official's plan before it
    text = ("Ông Trần Văn Tư, Trưởng ban quản lý chợ Bến Sông, cho biết ban quản lý sẽ lắp thêm đèn chiếu sáng "
            "ở khu hàng cá trước Tết.\n\n"
            "Bà Lê Thị Nở, tiểu thương bán cá ở chợ Bến Sông, cho biết khu hàng cá hoàn toàn không có đèn chiếu "
            "sáng vào buổi tối.")
    assert not _denials(text)


def test_a_bare_negative_answers_nobody():
    text = ("Ông Trần Văn Tư, Trưởng ban quản lý chợ Bến Sông, cho biết ban quản lý sẽ lắp thêm đèn chiếu sáng "
            "ở khu hàng cá trước Tết.\n\n"
            "Bà Lê Thị Nở, tiểu thương bán cá ở chợ Bến Sông, cho biết khu hàng cá hoàn toàn không có người trông "
            "giữ xe vào buổi tối.")
    assert not _denials(text)


def test_a_negative_repeating_a_complaint_answers_it():
    text = ("Nhiều hộ dân ở xã Hòa Phong phản ánh Công ty Thép Nam Phú xả thải chưa qua xử lý ra sông Cái.\n\n"
            "Ông Lê Văn Tâm, Giám đốc Công ty Thép Nam Phú, khẳng định công ty hoàn toàn không xả thải ra sông Cái.")
    assert {0, 1} in _denials(text)


def test_a_negative_about_what_was_said_still_denies_it():
    text = ("Trên mạng xã hội lan truyền thông tin ban quản lý chợ Bến Sông thu thêm phí vệ sinh của tiểu thương.\n\n"
            "Liên quan đến thông tin trên, ông Trần Văn Tư, Trưởng ban quản lý chợ, khẳng định không hề có chuyện "
            "ban quản lý thu thêm phí vệ sinh.")
    assert {0, 1} in _denials(text)


def test_a_bank_account_is_no_social_media_post():
    text = ("Tại cơ quan công an, thủ môn Lê Đức Toàn khai đã nhận 500 triệu đồng của nhóm cầu thủ qua tài khoản "
            "của em họ.\n\n"
            "HLV Nguyễn Văn Kiên phủ nhận thông tin trên mạng xã hội cho rằng ban huấn luyện đã nhận phần trăm từ "
            "nhóm cầu thủ.")
    assert not _denials(text)


def test_a_share_price_is_no_fine():
    text = ("Nhóm 7 nhà đầu tư thao túng cổ phiếu HTA bị phạt hơn 3 tỷ đồng\n\n"
            "Trong thời gian bị thao túng, giá cổ phiếu HTA tăng từ 9.100 đồng lên 41.000 đồng.\n\n"
            "Chiều 20/11, cổ phiếu HTA giảm sàn phiên thứ ba liên tiếp, còn 8.050 đồng.")
    assert not [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_two_fines_still_clash():
    # the guard is a price against a sum, or sums far apart: two reports of one fine still clash
    text = ("Theo quyết định của Ủy ban Chứng khoán, nhóm nhà đầu tư thao túng cổ phiếu HTA bị phạt 3,2 tỷ đồng.\n\n"
            "Tuy nhiên, luật sư của nhóm cho biết nhóm nhà đầu tư thao túng cổ phiếu HTA bị phạt 2,4 tỷ đồng.")
    assert [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_a_stance_inside_a_denied_rumour_is_not_the_speakers():
    text = ("Ông Đỗ Minh Quân, Phó tổng giám đốc công ty vận hành trạm thu phí, xác nhận có sự cố trừ phí hai lần "
            "với khoảng 300 xe.\n\n"
            "Đại diện Cục Đường bộ bác bỏ thông tin lan truyền trên mạng cho rằng trạm \"cố tình thu thêm để bù "
            "doanh thu\".")
    assert not [p for p in _pairs(text) if p[0] == "contradiction"]


# cross round 18 (the same session): a correction notice of a statistics release reports no kind
# of event; a shared place and day make the match, and it then puts right the figure it names
RESULTS = """# Tân Giang có 98 điểm 10 thi tốt nghiệp, tỷ lệ đỗ 98,74%

Sáng 15/7, Sở GD&ĐT tỉnh Tân Giang công bố kết quả kỳ thi tốt nghiệp THPT năm 2026 với 21.406 thí sinh dự thi.

Theo thông cáo của Sở, tỷ lệ tốt nghiệp của tỉnh đạt 98,74%, cao hơn năm 2025 là 98,1%.

Tổng kinh phí khen thưởng thủ khoa và học sinh đạt điểm 10 dự kiến khoảng 900 triệu đồng.
"""
CORRECTED = """# Sở GD&ĐT Tân Giang đính chính số liệu tốt nghiệp THPT

Tối 15/7, Sở GD&ĐT tỉnh Tân Giang có văn bản đính chính một số số liệu trong thông cáo phát hành sáng cùng ngày.

Theo văn bản đính chính, tỷ lệ tốt nghiệp của tỉnh là 97,86%, không phải 98,74% như thông cáo trước đó.

Với số liệu đã đính chính, tổng kinh phí khen thưởng dự kiến giảm khoảng 60 triệu đồng.
"""


def test_a_statistics_notice_puts_right_the_figure_it_names(engine):
    cross = [(c.kind, c.figure, c.other_figure) for c in cross_links(engine, RESULTS, CORRECTED)]
    assert ("correction", "97,86%", "98,74%") in cross
    # "giảm khoảng 60 triệu đồng" is by how much the sum falls, not the sum
    assert not [c for c in cross if "60 triệu" in c[1] or "60 triệu" in c[2]]


# round 23 (the same session): two bodies' totals for one period, and a correction inside the article
@pytest.mark.xfail(reason="the two claims share no name and no topic term the pair finder takes as one matter "
                          "(a gate keyed on a shared predicate term was tried and taken out: it joined a year's total "
                          "to last year's and a part to its whole)", strict=True)
def test_two_bodies_totals_for_the_year_so_far_clash():
    text = ("Theo số liệu sơ bộ của Cục Hải quan công bố ngày 12/11, từ đầu năm đến hết tháng 10, cả nước xuất khẩu "
            "5,84 triệu tấn cà phê nhân.\n\n"
            "Trong khi đó, tại hội nghị chiều 13/11, ông Trần Văn Khiêm, Phó Chủ tịch Hiệp hội Cà phê, cho biết "
            "theo số liệu tổng hợp từ hội viên, 10 tháng qua cả nước đã xuất khẩu 6,02 triệu tấn cà phê nhân.")
    assert ("number_mismatch", 1, 0) in _pairs(text)


def test_last_years_same_period_is_no_figure_for_this_week():
    text = ("Theo báo cáo của Sở Y tế thành phố Hòa Lâm, tuần qua toàn thành phố ghi nhận 1.240 ca mắc sốt xuất huyết.\n\n"
            "Cùng kỳ năm 2025, thành phố ghi nhận 18.300 ca mắc, theo Trung tâm Kiểm soát bệnh tật thành phố.")
    assert not [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_a_correction_puts_right_the_figure_just_before_it():
    text = ("Công ty cổ phần Thủy sản Hòa Lâm báo lãi sau thuế 210 tỷ đồng trong quý III.\n\n"
            "Lũy kế 9 tháng, công ty đạt 7.300 tỷ đồng doanh thu và 515 tỷ đồng lợi nhuận sau thuế.\n\n"
            "Đáng chú ý, trong thông cáo phát đi hôm 29/7, công ty cho biết lợi nhuận sau thuế quý II đạt 176 tỷ đồng.\n\n"
            "Tuy nhiên, đến ngày 5/8, công ty phát văn bản đính chính, cho biết con số đúng là 152 tỷ đồng do nhầm "
            "lẫn khi hạch toán.")
    found = [p for p in _pairs(text) if p[0] == "correction"]
    assert ("correction", 3, 2) in found
    assert not [p for p in found if p[2] in (0, 1)]  # not the third quarter's profit nor the nine months'


def test_an_in_article_correction_of_a_rate():
    text = ("Trong thông cáo báo chí phát đi sáng 6/11, Cục Thống kê nêu chỉ số giá tiêu dùng bình quân 10 tháng tăng "
            "3,08% so với cùng kỳ năm trước.\n\n"
            "Tuy nhiên, đến 14h cùng ngày, cơ quan này đính chính con số chính xác là 3,18%, do nhầm lẫn trong khâu "
            "biên tập.")
    assert ("correction", 1, 0) in _pairs(text)


# round 24 and cross round 19 (the same session)
def test_figures_tenfold_apart_are_two_things():
    text = ("Theo Trung tâm Điều độ hệ thống điện quốc gia, chiều 12/6 công suất tiêu thụ điện toàn hệ thống đạt "
            "52.300 MW.\n\n"
            "Tập đoàn Điện lực ước tính mỗi 1 độ C tăng thêm ở miền Bắc vào giờ cao điểm kéo theo khoảng 900 MW "
            "phụ tải.")
    assert not [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_the_old_record_is_no_figure_for_today():
    text = ("Nắng nóng đẩy phụ tải điện lên kỷ lục mới, vượt 52.000 MW\n\n"
            "Theo Trung tâm Điều độ, con số này vượt kỷ lục cũ 51.200 MW được thiết lập hôm 10/6.")
    assert not [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_a_marked_correction_need_not_name_the_province_again():
    text = ("Thanh Lâm đón hơn 1,1 triệu lượt khách dịp nghỉ lễ\n\n"
            "Tối 2/9, báo cáo nhanh của Sở Du lịch gửi UBND tỉnh ghi tổng lượng khách đến tỉnh Thanh Lâm trong kỳ "
            "nghỉ là 1,31 triệu lượt.\n\n"
            "Khu du lịch biển Hải Tiến đón 420.000 lượt, thành phố Sầm Sơn đón 610.000 lượt.\n\n"
            "Tuy nhiên, sáng 3/9, Sở đã đính chính, cho biết con số chính xác là 1,13 triệu lượt.")
    assert ("correction", 3, 1) in _pairs(text)


RUMOUR = """# Mạng xã hội lan truyền tin đập Khe Lim sắp vỡ

Từ tối 19/10, nhiều bài đăng trên mạng xã hội cho rằng đập hồ chứa nước Khe Lim sắp vỡ.

Theo nội dung lan truyền, thân đập đã nứt một đoạn dài khoảng 35 m và nước đang rỉ ra ngoài.
"""
DENIAL = """# Đập Khe Lim vẫn an toàn, tin sắp vỡ là sai sự thật

Chiều 20/10, Sở Nông nghiệp tỉnh Hà Lâm khẳng định đập hồ Khe Lim vẫn an toàn.

"Thông tin thân đập nứt dài 35 m là hoàn toàn sai sự thật, vết nứt thực tế nằm ở lớp bê tông mặt đập, dài 2,5 m", ông Lê Văn Long, Giám đốc Sở, nói.
"""


def test_a_rumours_figure_named_wrong_is_denied_not_corrected(engine):
    kinds = {(c.kind, c.figure, c.other_figure) for c in cross_links(engine, RUMOUR, DENIAL)}
    assert ("denial", "2,5 m", "35 m") in kinds
    assert not [k for k in kinds if k[0] == "correction"]


EARLY = """# Sập công trình đang thi công ở Đà Lâm, nhiều công nhân mắc kẹt

Sáng 14/4, một công trình nhà xưởng đang thi công ở phường Hòa Phát, TP Đà Lâm bất ngờ đổ sập.

Lực lượng cứu hộ đã đưa được 4 người ra ngoài, trong đó 1 người bị thương nặng.

Tháng 5/2024, một bức tường nhà xưởng ở khu vực này đổ sập khi đang thi công khiến 3 công nhân tử vong.
"""
LATE = """# Vụ sập nhà xưởng ở Đà Lâm: đã đưa 9 người ra ngoài

Vụ sập công trình nhà xưởng ở phường Hòa Phát, TP Đà Lâm sáng 14/4 đã làm 2 công nhân tử vong.

Tính đến 20h, lực lượng chức năng đã đưa được 9 người ra ngoài an toàn.
"""


def test_a_running_count_dated_later_is_an_update_and_an_earlier_years_toll_is_apart(engine):
    links = {(c.kind, c.figure, c.other_figure) for c in cross_links(engine, EARLY, LATE)}
    assert ("update", "9 người", "4 người") in links
    assert not [k for k in links if "3 công nhân" in k[2]]  # May 2024's accident is another event


# the fifteenth session's review of the diff: what the new guards must not take away
def test_a_lawyers_denial_of_a_conclusion_named_before_it():
    text = ("Kết luận giám định của Viện Pháp y tỉnh Hòa Lâm xác định nạn nhân tử vong do chấn thương sọ não.\n\n"
            "Luật sư Trần Minh Đức cho rằng kết luận giám định nói trên là không chính xác vì thiếu mẫu đối chứng.")
    assert {0, 1} in _denials(text)


def test_a_denial_of_what_accounts_posted():
    text = ("Nhiều tài khoản đăng tải thông tin học sinh lớp 3 bị bắt cóc ngay tại cổng trường Tiểu học Hòa Minh.\n\n"
            "Công an phường Hòa Minh khẳng định hoàn toàn không có vụ bắt cóc học sinh nào xảy ra tại cổng trường.")
    assert {0, 1} in _denials(text)


def test_two_parties_figures_far_apart_still_clash():
    text = ("Theo báo cáo của UBND huyện Mỹ Phước, thương lái đã thu mua 1.200 tấn lúa của nông dân Mỹ Phước.\n\n"
            "Tuy nhiên, ông Trần Văn Sáu, Chủ tịch Hội Nông dân huyện, cho biết thương lái mới thu mua 95 tấn lúa "
            "của nông dân Mỹ Phước.")
    assert [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_an_indictment_and_a_defendant_far_apart_still_clash():
    text = ("Theo cáo trạng, bị cáo Lê Văn Lợi đã chiếm đoạt 26 tỷ đồng của các nhà đầu tư.\n\n"
            "Tại tòa, bị cáo Lợi khai chỉ chiếm đoạt 200 triệu đồng của các nhà đầu tư.")
    assert [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_no_exact_figure_yet_is_no_correction():
    text = ("Theo UBND xã Tà Lâm, lũ quét làm 45 ngôi nhà bị vùi lấp.\n\n"
            "Đến chiều, chính quyền cho biết chưa có con số chính xác, ước tính khoảng 60 ngôi nhà bị vùi lấp.")
    assert not [p for p in _pairs(text) if p[0] == "correction"]


def test_a_correction_puts_right_its_own_bodys_slip():
    text = ("Theo Sở Du lịch, tháng 9 thành phố đón 125.000 lượt khách quốc tế.\n\n"
            "Theo Hiệp hội Du lịch, các khách sạn ven biển đón 11.000 lượt khách nội địa trong tuần cuối tháng.\n\n"
            "Sở Du lịch sau đó đính chính, con số chính xác là 12.500 lượt khách quốc tế.")
    found = [p for p in _pairs(text) if p[0] == "correction"]
    assert ("correction", 2, 0) in found and ("correction", 2, 1) not in found


def test_two_parties_counts_of_one_harm_clash_without_a_shared_name():
    # (the second review: two sources, one harm worded alike, no name in common)
    text = ("Theo UBND huyện Tân Lạc, có 1.300 tấn cá chết trên sông Bưởi.\n\n"
            "Người nuôi cá lồng cho biết chỉ khoảng 90 tấn cá bị chết.")
    assert ("number_mismatch", 1, 0) in _pairs(text)


def test_a_lots_price_against_the_total_paid_clashes():
    text = ("Theo Cơ quan Cảnh sát điều tra, bị can Nguyễn Văn Tài bán lô đất cho bà Hương với giá 12 tỷ đồng.\n\n"
            "Tại cơ quan điều tra, bà Hương khai đã trả cho bị can Tài tổng cộng 8 tỷ đồng để mua lô đất.")
    assert [p for p in _pairs(text) if p[0] == "number_mismatch"]
