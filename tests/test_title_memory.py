"""Who a title or role points to (`title_memory`): the person last given it, never one whose
role only names whose kin they are."""
from claimviews import first_source


def test_a_title_points_to_the_one_last_given_it():
    text = """Họp báo về dự án cầu Bến Lức

Ông Nguyễn Văn Tài, Giám đốc Sở Giao thông, cho biết cầu sẽ thông xe vào tháng 9.

“Chúng tôi đã tăng ca để kịp tiến độ”, vị giám đốc nói.
"""
    assert first_source(text, 2) == ("Nguyễn Văn Tài", "person")


def test_a_grandson_of_an_elder_is_no_elder():
    text = """Phiên chợ vùng cao

Cụ Hầu Seo Chứ, 84 tuổi, ngồi bên bếp lửa.

“Ngày trước đi chợ phải cuốc bộ từ 3 giờ sáng”, cụ nói, anh Hầu Seo Lềnh, cháu nội cụ, dịch lại.
"""
    assert first_source(text, 2) == ("Hầu Seo Chứ", "person")
