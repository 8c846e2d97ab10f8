"""Fresh-eyes cross round 10 (tenth session): two vessels' crews by their registration codes; a
correction notice against what it corrects links corrections only, not another day's trading; a
national figure against a sentence that names a province; a long denied object answered only by
two of its words; a notice's own words deny no one; a balance and a withdrawal are two measures.
Every sentence was written for the project."""
from claims.analyze import analyze_text
from claims.conflicts.figures import Context
from claimviews import kinds, view


def test_two_boats_crews_are_two_counts():
    found = view(0, "Khoảng 14h, biên phòng tìm thấy 3 ngư dân trên tàu cá HL 90217 TS trôi dạt cách bờ 20 hải lý.")
    missing = view(1, "Hai ngư dân trên tàu HL 91336 TS vẫn đang được tìm kiếm.")
    assert kinds(missing, found, Context()) == []
    same_boat = view(2, "Bốn ngư dân trên tàu cá HL 90217 TS đã được đưa vào bờ.")
    assert kinds(same_boat, found, Context()) == ["number_mismatch"]


def test_a_notice_links_corrections_only():
    ctx = Context(same_event=True, a_newer=True, across=True, notice="a")
    later_session = view(0, "Trong phiên giao dịch ngày 22/10, cổ phiếu giảm 4,8% xuống 49.900 đồng.")
    earlier_session = view(1, "Cổ phiếu đóng cửa phiên 21/10 ở mức 52.400 đồng.")
    assert kinds(later_session, earlier_session, ctx) == []


def test_a_national_figure_against_a_sentence_naming_a_province():
    province = view(0, "Tỉnh Hòa Lâm có 245 bài thi đạt điểm 10, tỷ lệ tốt nghiệp 99,31%")
    national = view(1, "Trên phạm vi cả nước, theo Bộ Giáo dục và Đào tạo, tỷ lệ tốt nghiệp đạt 99,30%.",
                    "Bộ Giáo dục và Đào tạo", "organization")
    assert "Hòa Lâm" in province.text and kinds(national, province) == []


def test_a_long_denied_object_needs_two_of_its_words_and_a_notice_denies_no_one():
    denial = view(0, "Ngân hàng Nhà nước khẳng định thông tin Quỹ tín dụng Tân An dừng chi trả tiền gửi tiết kiệm "
                     "từ ngày 15/11 là không đúng sự thật.", "Ngân hàng Nhà nước", "organization")
    data = view(1, "Theo số liệu của quỹ, trong hai ngày có 200 khách hàng đến rút tiền gửi trước hạn.",
                "số liệu của quỹ", "document")
    assert "denial" not in kinds(denial, data, Context())
    rumour = view(2, "Trên mạng xã hội lan truyền thông tin Quỹ tín dụng Tân An sẽ dừng chi trả tiền gửi tiết kiệm.",
                  "mạng xã hội", "anonymous")
    assert "denial" in kinds(denial, rumour, Context())
    notice = ("# Đính chính thông tin về lợi nhuận của Công ty Tân Phú\n\n"
              "Bài viết ngày 20/10 đã đưa sai số liệu lợi nhuận của doanh nghiệp.\n\n"
              "Theo giải trình của công ty, lợi nhuận sau thuế vẫn đi xuống do chi phí tài chính tăng.\n\n"
              "\"Số liệu sai lệch có thể khiến nhà đầu tư hiểu nhầm\", bà Lê Thị Hạnh, Giám đốc tài chính, cho biết.\n")
    (rep,) = analyze_text(notice, "n.txt", use_nlp=False)
    assert not any(c.kind == "denial" for c in rep.conflicts)


def test_a_balance_and_a_withdrawal_are_two_measures():
    balance = view(0, "Tính đến ngày 11/11, tổng số dư tiền gửi của khách hàng tại chi nhánh khoảng 4.300 tỷ đồng.")
    withdrawn = view(1, "Trong hai ngày 11 và 12/11, khách hàng đến rút tiền gửi trước hạn với tổng số tiền khoảng 96 tỷ đồng.")
    assert kinds(withdrawn, balance, Context()) == []
