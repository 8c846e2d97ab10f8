"""Synthetic Vietnamese news-like articles for the benches, written for this project from
templates (invented people, places and figures; no sentence taken from any corpus).

    python bench/synthetic.py OUT_DIR [--count 1000] [--words 400] [--seed 0]

Each article has a headline, paragraphs of two or three sentences, and the mix the checker
meets in real news: named sources with titles, "theo" phrases, direct quotes, anonymous
sourcing, hedges, figures in several units, dates, and plain unattributed statements. The
same seed gives the same articles, so every bench run reads the same text."""
from __future__ import annotations

import argparse
import random
from pathlib import Path

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lò Hà Mai".split()
MIDDLE = "Văn Thị Đức Minh Hữu Quang Thanh Ngọc Xuân Công Bảo Thu Kim Hải".split()
GIVEN = ("An Bình Cường Dũng Giang Hạnh Hùng Khải Lan Long Mai Nam Nga Phúc Quân Sơn Tâm Thảo Trung Tú "
         "Vinh Yến Hòa Lộc Tiến").split()
SYLLABLES = ("An Bình Cát Đông Giang Hà Hải Hòa Khánh Lâm Long Minh Nam Ninh Phú Phước Quang Sơn Tân Thạch "
             "Thanh Thuận Trung Vân Vĩnh Xuân Yên Bắc Kim Lộc Mỹ Ngọc Phong Thái Thịnh Tiến Tường Đức Hưng "
             "Khê Lạc Nhơn Hồi Điền").split()
# About 2,000 invented place names: an article is about one place (now and then a second), so two
# articles share a place about as often as updates of one story do, not at every turn.
PLACE = sorted({f"{a} {b}" for a in SYLLABLES for b in SYLLABLES if a != b})
ORG = ("Sở Y tế tỉnh {p}|Ban Chỉ huy phòng chống thiên tai tỉnh {p}|Sở Giao thông vận tải tỉnh {p}|"
       "UBND huyện {p}|Công an huyện {p}|Sở Giáo dục và Đào tạo tỉnh {p}|Cục Thống kê tỉnh {p}|"
       "Công ty Cổ phần Cấp nước {p}|Bệnh viện Đa khoa tỉnh {p}|Hội Nông dân xã {p}").split("|")
TITLE = ("Chủ tịch UBND huyện {p}|Giám đốc Sở Y tế tỉnh {p}|Phó giám đốc Sở Giao thông vận tải tỉnh {p}|"
         "Trưởng Công an xã {p}|Hiệu trưởng Trường THPT {p}|Phó chủ tịch UBND tỉnh {p}|"
         "Giám đốc Bệnh viện Đa khoa tỉnh {p}").split("|")
UNIT = ("người|hộ dân|ngôi nhà|ha lúa|tấn gạo|xe tải|học sinh|bệnh nhân|du khách|công nhân|căn hộ|"
        "km đường").split("|")
CUE = "cho biết|nói|khẳng định|thông tin|cho hay|xác nhận|nhấn mạnh".split("|")
HEDGE = "được cho là|dự kiến|có thể|nhiều khả năng|ước tính".split("|")
ANON = ("Một cán bộ xã {p}, đề nghị giấu tên,|Một nguồn tin riêng|Một người dân thôn {p}, không muốn nêu tên,|"
        "Một lãnh đạo địa phương giấu tên").split("|")
EVENT = ("trận lũ quét|vụ cháy chợ|đợt nắng nóng|vụ sạt lở đất|dịch sốt xuất huyết|vụ tai nạn giao thông|"
         "đợt rét đậm|vụ ngộ độc thực phẩm|dự án mở rộng quốc lộ|kỳ thi tốt nghiệp").split("|")

SENTENCES = [
    "Theo {org}, {event} ngày {d}/{m} tại xã {p} đã ảnh hưởng đến {n} {u}.",
    "{title_person}, cho biết lực lượng chức năng đã có mặt tại hiện trường từ sáng {d}/{m}.",
    "\"Chúng tôi đã đưa {n} {u} đến nơi an toàn, nhiều tuyến đường vẫn bị chia cắt\", {hon_l} {short} nói.",
    "{hon} {short} {cue} địa phương cần thêm {n} tấn gạo để cứu trợ trong tuần tới.",
    "{anon} cho biết thiệt hại thực tế tại {p2} còn lớn hơn nhiều so với con số {small} tỷ đồng được công bố.",
    "Tổng thiệt hại ban đầu tại huyện {p} {hedge} khoảng {n} tỷ đồng.",
    "Mực nước sông {p} dâng cao hơn {small} mét chỉ trong {small2} giờ.",
    "Đến chiều {d}/{m}, nhiều khu vực ở xã {p} vẫn chưa có điện và nước sạch.",
    "Bà {person}, người dân thôn {p}, kể lại: \"Nước lên rất nhanh, cả nhà tôi chỉ kịp chạy lên đồi lúc {small2} giờ sáng\".",
    "Đại diện {org} {cue} đơn vị đã huy động {n} cán bộ và {small} xe chuyên dụng.",
    "Trong khi đó, {org} khẳng định không có trường hợp nào bị bỏ sót sau {event2} vừa qua.",
    "Theo số liệu của {org}, từ đầu năm đến nay toàn tỉnh ghi nhận {n} {u}, tăng {small}% so với cùng kỳ.",
    "Nguyên nhân ban đầu của {event} ở {p} {hedge} do mưa lớn kéo dài {small2} ngày.",
    "{title_person}, {cue} huyện sẽ hỗ trợ mỗi hộ bị thiệt hại {small} triệu đồng.",
    "Trao đổi với phóng viên chiều {d}/{m}, {hon_l} {short} thừa nhận công tác cảnh báo ở {p} còn chậm.",
    "Một số người dân xã {p} phản ánh nước sinh hoạt có mùi lạ từ ngày {d}/{m}.",
    "{org} đã lấy {small} mẫu nước để xét nghiệm và sẽ công bố kết quả trước ngày {d}/{m}.",
    "Giá rau xanh tại chợ {p} tăng gấp {small2} lần so với tuần trước, lên {small} nghìn đồng mỗi ki-lô-gam.",
    "Theo báo cáo nhanh, {n} ha hoa màu ở {p} bị ngập úng, trong đó {small} ha mất trắng.",
    "\"Đây là {event} nghiêm trọng nhất ở {p} trong {small} năm qua\", {title_person_short} nhấn mạnh.",
    "Lãnh đạo {org} bác bỏ thông tin cho rằng đơn vị đã chậm trễ {small2} ngày trong ứng phó.",
    "Các trường học ở xã {p} cho {n} học sinh nghỉ học từ ngày {d}/{m} để bảo đảm an toàn.",
    "Công an huyện {p} đang điều tra làm rõ nguyên nhân vụ việc khiến {small} người bị thương.",
    "Dự kiến tuyến đường qua xã {p} sẽ được thông xe vào ngày {d}/{m}.",
    "Người dân xã {p} cho rằng việc khai thác cát trái phép suốt {small} năm khiến bờ sông sạt lở.",
    "Hãng tin Reuters dẫn lời một quan chức tỉnh {p} cho biết chính quyền đã yêu cầu hỗ trợ khẩn cấp từ ngày {d}/{m}.",
    "Cả {small} bệnh nhân đều đã qua cơn nguy kịch và được theo dõi tại Bệnh viện Đa khoa tỉnh {p}.",
    "Sáng {d}/{m}, đoàn công tác của tỉnh {p} đã đến thăm hỏi, động viên {small} gia đình bị nạn.",
]


def person(rng: random.Random) -> tuple[str, str, str]:
    """(full name, given name, "Ông" or "Bà" by the middle name)."""
    given, middle = rng.choice(GIVEN), rng.choice(MIDDLE)
    return f"{rng.choice(FAMILY)} {middle} {given}", given, "Bà" if middle == "Thị" else "Ông"


def sentence(rng: random.Random, template: str, places: tuple[str, str]) -> str:
    full, short, honorific = person(rng)
    place = places[0] if rng.random() < 0.8 else places[1]
    title = rng.choice(TITLE).format(p=place)
    return template.format(
        org=rng.choice(ORG).format(p=place), event=rng.choice(EVENT), p=place, u=rng.choice(UNIT),
        d=rng.randint(1, 28), m=rng.randint(1, 12), n=f"{rng.randint(12, 4800):,}".replace(",", "."),
        small=rng.randint(2, 60), small2=rng.randint(2, 12), p2=rng.choice(PLACE), event2=rng.choice(EVENT),
        short=short, person=full, cue=rng.choice(CUE), hedge=rng.choice(HEDGE),
        anon=rng.choice(ANON).format(p=place), title_person=f"{honorific} {full}, {title}",
        title_person_short=f"{honorific.lower()} {short}", hon=honorific, hon_l=honorific.lower())


def article(seed: int, words: int = 400) -> str:
    """One article of about `words` words (headline included)."""
    rng = random.Random(seed)
    places = (rng.choice(PLACE), rng.choice(PLACE))
    headline = f"{rng.choice(EVENT).capitalize()} ở {places[0]}: {rng.randint(2, 90)} {rng.choice(UNIT)} bị ảnh hưởng"
    paras, n = [headline], len(headline.split())
    deck: list[str] = []  # every template once before any repeats, as a real article varies
    while n < words:
        picked = []
        for _ in range(rng.choice((2, 3))):
            if not deck:
                deck = rng.sample(SENTENCES, len(SENTENCES))
            picked.append(deck.pop())
        para = " ".join(sentence(rng, t, places) for t in picked)
        paras.append(para)
        n += len(para.split())
    return "\n\n".join(paras) + "\n"


def write_articles(folder: Path, count: int, words: int = 400, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = folder / f"bai-{i:05d}.txt"
        p.write_text(article(seed * 1_000_003 + i, words), encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--words", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    write_articles(a.out, a.count, a.words, a.seed)
    print(f"{a.count} articles of about {a.words} words in {a.out}")


if __name__ == "__main__":
    main()
