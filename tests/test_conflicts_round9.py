"""Fresh-eyes cross round 9 (tenth session): the whole country's figure against a province's or
a province's; a correction notice corrects nothing with the figures it keeps ("vẫn giữ nguyên"),
and inside one only the figure it quotes as published; a sector's figure and a thing's size are other quantities; months
of a year summed; two authorities' different tolls with no word of time are a discrepancy, not
an update; a denied figure is answered only by a claim of that figure; a province and its own
department are one side. Every sentence was written for the project."""
from claims.analyze import analyze_text
from claims.conflicts.figures import Context
from claims.conflicts.statements import same_party
from claimviews import kinds, view


def test_the_whole_countrys_figure_is_not_a_provinces():
    province = view(0, "Tỉnh Hòa Lâm có 245 bài thi đạt điểm 10.")
    national = view(1, "Trên phạm vi cả nước, có hơn 9.000 bài thi đạt điểm 10.")
    assert kinds(national, province) == []
    toll = view(2, "Vụ cháy làm 3 người chết.")
    stats = view(3, "Theo Cục Cảnh sát PCCC, 9 tháng năm 2025 cả nước xảy ra 2.800 vụ cháy, làm 70 người chết.",
                 "Cục Cảnh sát PCCC", "organization")
    assert kinds(stats, toll) == []


def test_a_notices_unchanged_figures_correct_nothing():
    ctx = Context(same_event=True, a_newer=True, across=True, notice="a")
    right = view(0, "Con số chính xác là 157 bài thi đạt điểm 10.")
    published = view(1, "Toàn tỉnh có 175 bài thi đạt điểm 10.")
    assert kinds(right, published, ctx) == ["correction"]
    unchanged = view(2, "Các số liệu khác như 96 thí sinh không đủ điều kiện tốt nghiệp vẫn giữ nguyên.")
    other = view(3, "Có 30 thí sinh được đặc cách tốt nghiệp.")
    assert kinds(unchanged, other, ctx) == []


NOTICE = """# Đính chính: Hòa Lâm có 157 bài thi điểm 10, không phải 175 bài

Theo văn bản của Sở, do nhầm lẫn khi tổng hợp, số bài thi đạt điểm 10 của toàn tỉnh đã bị ghi thành 175 bài.

Số thí sinh tổ hợp A01 đạt từ 27 điểm trở lên được điều chỉnh từ 44 xuống còn 40 thí sinh.

Các số liệu khác như 96 thí sinh không đủ điều kiện tốt nghiệp vẫn giữ nguyên.

Với 157 bài, số bài thi điểm 10 của tỉnh năm nay giảm 20 bài so với năm trước.
"""


def test_inside_a_notice_only_the_figure_quoted_as_published_is_corrected():
    (rep,) = analyze_text(NOTICE, "n.txt", use_nlp=False)
    pairs = {(c.sentence, c.other_sentence, c.kind) for c in rep.conflicts}
    assert (4, 1, "correction") in pairs  # 157 corrects the 175 the notice quotes as written
    assert not any(c.kind == "number_mismatch" for c in rep.conflicts)
    assert not any({c.sentence, c.other_sentence} == {2, 3} for c in rep.conflicts)  # unchanged figures: no pair


def test_a_sectors_figure_and_a_things_size_are_other_quantities():
    whole = view(0, "GRDP năm 2025 ước tăng 7,9%, cao hơn mức tăng 6,5% của năm trước.")
    sector = view(1, "Ở khu vực công nghiệp, mức tăng 11,2% chủ yếu nhờ điện tử.")
    assert kinds(sector, whole) == []
    road = view(2, "Tuyến cao tốc dài 96 km, đưa vào khai thác năm 2023.")
    jam = view(3, "Vụ tai nạn khiến cao tốc ùn tắc khoảng 4 km.")
    assert kinds(jam, road, Context()) == []


def test_two_authorities_different_tolls_without_time_are_a_discrepancy():
    police = view(0, "Sáng 8/5, thông tin từ Công an tỉnh Hòa Lâm cho biết vụ cháy làm 1 người chết và 5 người bị thương.",
                  "Công an tỉnh Hòa Lâm", "organization")
    health = view(1, "Theo Sở Y tế tỉnh Hòa Lâm, vụ cháy làm 1 người tử vong và 9 người bị thương.",
                  "Sở Y tế tỉnh Hòa Lâm", "organization")
    assert kinds(health, police) == ["number_mismatch"]
    later = view(2, "Theo Sở Y tế tỉnh Hòa Lâm, tính đến 18h, số người bị thương đã tăng lên 9.",
                 "Sở Y tế tỉnh Hòa Lâm", "organization")
    assert kinds(later, police) == ["update"]  # a word of change makes it a step


def test_a_denied_figure_is_answered_only_by_a_claim_of_it():
    denial = view(0, "Sở Y tế khẳng định thông tin hơn 300 người phải nhập viện do dùng nước giếng là không đúng sự thật.",
                  "Sở Y tế", "organization")
    calm = view(1, "\"Người dân có thể yên tâm dùng nước giếng\", ông Hà Văn Lộc nói.", "Hà Văn Lộc", "person")
    rumour = view(2, "Trên mạng xã hội lan truyền thông tin hơn 300 người phải nhập viện vì nước giếng.",
                  "mạng xã hội", "anonymous")
    assert "denial" not in kinds(denial, calm, Context())
    assert "denial" in kinds(denial, rumour, Context())


def test_a_province_and_its_own_department_are_one_side():
    head = view(0, "Hòa Lâm bác bỏ tin hơn 300 người nhập viện", "Hòa Lâm", "organization")
    body = view(1, "Sở Y tế tỉnh Hòa Lâm có thông báo về thông tin đang lan truyền.", "Sở Y tế tỉnh Hòa Lâm", "organization")
    assert same_party(head, body)
    assert not same_party(head, view(2, "Công ty Nước sạch Lâm Hà nói.", "Công ty Nước sạch Lâm Hà", "organization"))
