"""Fresh-eyes round 22 (fifteenth session): a relative of someone speaks for themselves, unnamed
("Chồng bà Thoa kể", "Mẹ của một nạn nhân nói"), and so does a named person's unnamed agent
("dẫn lời người đại diện của ông X"); "cầu thủ này" after an unnamed player is that player, not a
player the article named earlier. Sentences written for the project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    ("Chồng bà Hạnh kể ông chỉ phát hiện sự việc khi ra ngân hàng rút lương hưu.", 0, ("Chồng bà Hạnh", "anonymous")),
    ("Vợ anh Tuấn cho biết anh đi biển từ đầu tháng và chưa liên lạc được.", 0, ("Vợ anh Tuấn", "anonymous")),
    ("Mẹ của một nạn nhân 17 tuổi nói con gái bà đi chuyến xe đêm để kịp về quê.", 0,
     ("Mẹ của một nạn nhân 17 tuổi", "anonymous")),
    ("Báo Dagens Nyheter dẫn lời người đại diện của ông Eriksson cho biết vị HLV chưa có kế hoạch mới.", 0,
     ("người đại diện của ông Eriksson", "anonymous")),
    ("Tiền đạo Lê Văn Tài, đội trưởng CLB Sông Hàn, cho biết cả đội đã cố gắng. "
     "Một cầu thủ trụ cột khác, đề nghị giấu tên, lại cho rằng lối chơi của ông Eriksson quá sức. "
     "“Chúng tôi có góp ý, nhưng ông ấy không thay đổi”, cầu thủ này kể.", 2,
     ("Một cầu thủ trụ cột khác", "anonymous")),
])
def test_round22_classes(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # the guards: a spokesperson of a body is the body's voice; a named player is still found
    ("Đại diện của Công ty Thép Nam Sơn cho biết nhà máy sẽ hoạt động lại từ tuần sau.", 0,
     ("Công ty Thép Nam Sơn", "organization")),
    ("Cầu thủ Lê Văn Tài, đội trưởng CLB Sông Hàn, cho biết cả đội đã cố gắng. "
     "“Chúng tôi sẽ trở lại”, cầu thủ này nói.", 1, ("Lê Văn Tài", "person")),
])
def test_round22_guards(text, k, want):
    assert primary(text, k) == want
