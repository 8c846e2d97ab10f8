"""Twenty-seventh session, conflicts inside one article: a denial is tied to the claim it answers
by what both say, not by the words of the sources' own names; a count after "của" is whose thing a
correction puts right, not a value it corrects. Sentences written for the project."""
from claimviews import conflict_pairs, kinds_between


def test_a_denial_answers_the_residents_not_a_body_sharing_its_citys_name():
    text = ("Sốt xuất huyết tăng mạnh ở Vĩnh Long.\n\n"
            "Theo Trung tâm Kiểm soát bệnh tật (CDC) TP Vĩnh Long, tuần qua toàn thành phố có 215 ca sốt xuất huyết.\n\n"
            "Nhiều người dân phường 5 cho rằng muỗi sinh ra từ các hố nước đọng trong công trường kè sông.\n\n"
            "Ngược lại, đại diện Ban Quản lý dự án đầu tư xây dựng TP Vĩnh Long khẳng định công trường được bơm "
            "nước hằng tuần và “không có chuyện để nước đọng nhiều ngày”.")
    pairs = conflict_pairs(text)
    assert "denial" in kinds_between(pairs, 2, 3)
    assert not kinds_between(pairs, 1, 3)


def test_a_correction_for_some_households_corrects_no_earlier_count_of_households():
    text = ("Chậm bồi thường ở dự án đường vành đai.\n\n"
            "Theo ông Phan Văn Lộc, 31 hộ ở ấp Tân Hòa phản ánh diện tích đất bị đo thiếu so với sổ đỏ.\n\n"
            "Ngày 12/4, UBND huyện Châu Thành đã ban hành quyết định điều chỉnh phương án bồi thường của 52 hộ "
            "ở xã An Hiệp do sai sót khi xác định loại đất.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_a_total_against_the_parts_it_adds_up_to_is_no_conflict():
    text = ("Bão số 5 gây thiệt hại nặng.\n\n"
            "Theo số liệu tổng hợp từ Ban Chỉ huy Phòng thủ dân sự các tỉnh Quảng Trị, Thừa Thiên Huế và Quảng Nam, "
            "tính đến 17h ngày 12/9, toàn vùng có 1.250 ngôi nhà bị hư hỏng và 143 tàu cá bị chìm.\n\n"
            "Về tàu thuyền, Quảng Trị có 71 tàu cá bị chìm, Thừa Thiên Huế 45 chiếc và Quảng Nam 27 chiếc.")
    assert not kinds_between(conflict_pairs(text), 1, 2)
