"""Twenty-first session (fresh-eyes round 35), conflicts: "độc lập", "chỉ đạo" and "điều khiển"
describe things ("tư vấn độc lập", "phần mềm điều khiển") more often than they take a stance; a
body and its own decision or report are one voice, whose reasons do not compete. Sentences written
for the project."""
from claimviews import conflict_pairs, view

from claims.conflicts.parties import same_party


def _kinds(text):
    return [p[0] for p in conflict_pairs(text)]


def test_an_independent_consultant_is_no_stance_against_control_software():
    text = ("Ban Quản lý dự án cho biết phần mềm điều khiển tàu phải cập nhật lại sau đợt kiểm tra tích hợp.\n\n"
            "Ông Lê Văn Hòa, chuyên gia giao thông, cho rằng thành phố nên thuê một đơn vị tư vấn độc lập đánh giá lại "
            "toàn bộ phần mềm của dự án.")
    assert "contradiction" not in _kinds(text)


def test_control_against_deciding_alone_still_clashes():
    text = ("Bộ Quốc phòng nước Đông Lâm khẳng định nước Tây Lâm kiểm soát các nhóm vũ trang ở biên giới.\n\n"
            "Nước Tây Lâm nói các nhóm vũ trang tự quyết định mọi hoạt động của mình.")
    assert "contradiction" in _kinds(text)


def test_a_body_and_its_own_decision_give_no_competing_reasons():
    text = ("Ban Kỷ luật Liên đoàn Bóng đá Đông Sơn vừa công bố quyết định xử phạt câu lạc bộ Sao Biển tổng cộng "
            "120 triệu đồng vì những sai phạm trong trận đấu ở vòng 10 giải hạng Nhất.\n\n"
            "Theo quyết định của Ban Kỷ luật, câu lạc bộ bị phạt 80 triệu đồng do cổ động viên đốt pháo sáng và "
            "40 triệu đồng vì để khán giả ném chai nước xuống sân.")
    assert "contradiction" not in _kinds(text)


def test_a_paper_of_the_body_speaks_with_the_body():
    body = view(0, "Ban Kỷ luật Liên đoàn Bóng đá Đông Sơn phạt câu lạc bộ Sao Biển vì sai phạm trong khâu tổ chức.",
                "Ban Kỷ luật Liên đoàn Bóng đá Đông Sơn", "organization")
    paper = view(1, "Theo quyết định của Ban Kỷ luật, câu lạc bộ bị phạt vì để khán giả ném chai nước xuống sân.",
                 "quyết định của Ban Kỷ luật", "document")
    other = view(2, "Theo quyết định của Ban Tổ chức giải, trận đấu được đá lại.", "quyết định của Ban Tổ chức giải",
                 "document")
    assert same_party(body, paper) and not same_party(body, other)
