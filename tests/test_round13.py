"""Fresh-eyes round 13 (eleventh session): a verb with a "rằng" clause reports whatever the verb;
a comparison set before the subject ("Trái với ông A, bị cáo B khai"); an outlet that relays the
source it names first ("Dẫn nguồn trang X, báo Y cho biết"); the owner of some shop; a petition
described by a "có" clause; "báo cáo phân tích", "khóa bình luận", "họp báo thông tin" are nouns;
a report sent by its owner is called without its recipient. Sentences written for the project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    ("Nhiều hành khách phàn nàn rằng họ phải chờ ở sân bay hơn 6 tiếng.", 0, ("Nhiều hành khách", "anonymous")),
    ("Trái với ông Hoàng Văn Đạt, bị cáo Lý Thị Hằng khai đã nhận tiền hai lần.", 0, ("Lý Thị Hằng", "person")),
    ("Dẫn nguồn trang theo dõi hàng không Flight Safety Watch, báo Tiền Phong cho biết chiếc máy bay từng gặp sự cố.", 0,
     ("Flight Safety Watch", "media")),
    ("Chủ một tiệm vàng trên phố Hàng Bạc nhận xét khách mua đã giảm một nửa.", 0,
     ("Chủ một tiệm vàng trên phố Hàng Bạc", "anonymous")),
    ("Đơn khiếu nại có chữ ký của 32 hộ dân nêu rõ giá bồi thường quá thấp.", 0, ("Đơn khiếu nại", "document")),
    ("Theo Báo cáo phân tích quý III của Công ty Chứng khoán Bắc Hà, giá vàng có thể giảm. "
     "Cũng theo báo cáo này, nhu cầu mua vàng miếng sẽ tăng.", 1,
     ("Báo cáo phân tích quý III của Công ty Chứng khoán Bắc Hà", "document")),
    ("Báo cáo nhanh của Ban quản lý rừng phòng hộ Tân Phú gửi UBND huyện nêu diện tích cháy khoảng 12 ha.", 0,
     ("Báo cáo nhanh của Ban quản lý rừng phòng hộ Tân Phú", "document")),
])
def test_round13_classes(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text", [
    "Ông Lâm hy vọng rằng giá điện sẽ giảm vào mùa hè.",  # a wish, whatever "rằng" follows
    "Ca sĩ đã xóa các bài viết liên quan và khóa bình luận trên trang cá nhân.",
    "Sáng 20/11, Công an tỉnh tổ chức họp báo thông tin kết quả xử lý vi phạm giao thông.",
    "Trước buổi họp, đại diện hội phụ huynh đã có buổi gặp mặt với ban giám hiệu để thông tin về kế hoạch.",
])
def test_round13_not_credited(text):
    assert primary(text, 0) is None
