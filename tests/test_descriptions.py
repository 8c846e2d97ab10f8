"""Descriptions that point back to someone named (`claims/attribution/descriptions.py`). Sentences
written for the project."""
from claimviews import first_source as primary


def test_an_age_points_back_to_the_one_given_that_age():
    text = ("Bà Triệu Thị Nga, 62 tuổi, bán rau ở chợ Phố Cũ.\n"
            "Người phụ nữ 62 tuổi kể, mỗi sáng bà dậy từ 3h để lấy hàng.\n")
    assert primary(text, 1) == ("Triệu Thị Nga", "person")


def test_another_age_is_someone_else():
    text = ("Bà Triệu Thị Nga, 62 tuổi, bán rau ở chợ Phố Cũ.\n"
            "Người phụ nữ 45 tuổi bán cá bên cạnh kể, chợ vắng từ đầu tháng.\n")
    assert primary(text, 1) != ("Triệu Thị Nga", "person")


def test_a_woman_by_her_job_is_the_woman_given_it():
    text = ("Cô giáo Đào Thị Hương dạy ở điểm trường bản Sáng.\n"
            "Nữ giáo viên kể, mùa đông học trò đến lớp đều đi chân đất.\n")
    assert primary(text, 1) == ("Đào Thị Hương", "person")


def test_a_woman_by_another_job_is_no_one_named():
    text = ("Cô giáo Đào Thị Hương dạy ở điểm trường bản Sáng.\n"
            "Nữ bác sĩ trạm y tế xã kể, mùa đông học trò hay bị viêm họng.\n")
    assert primary(text, 1) != ("Đào Thị Hương", "person")
