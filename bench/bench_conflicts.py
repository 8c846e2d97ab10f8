"""How long does checking one new article against the archive take, at 10k / 100k / 1M stored
claims? Prints the median; not a test.

    python bench/bench_conflicts.py [--sizes 10000 100000 1000000] [--db sqlite:///tmp/bench.db] [--reuse]

--reuse keeps a database filled by an earlier run (filling 1M claims takes a while) and only adds
what is missing.

The archive is synthetic: claims about 20,000 invented places and people with figures in 20
units, filed under the same blocking keys and event keys the checker uses, bulk-inserted with SQL
(not the ORM). Every stored article is about a storm, like the new one, so the event search finds
candidates sharing places and compares the claims of those it takes for the same event.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text  # noqa: E402

from claims.analyze import analyze_text  # noqa: E402
from claims.conflicts.events import LEAD_SENTENCES, event_keys, signature  # noqa: E402
from claims.models import Article, Attribution, ClaimKey, EventKey, Sentence  # noqa: E402
from claims.cross import blocking_keys, find_cross_conflicts, same_event_articles  # noqa: E402
from claims.db import make_engine, session_scope  # noqa: E402
from claims.numbers import extract  # noqa: E402

SYLL = ("An Bình Cát Đông Giang Hà Hải Hòa Khánh Lâm Long Minh Nam Ninh Phú Phước Quang Sơn Tân Thạch Thanh "
        "Thuận Trung Vân Vĩnh Xuân Yên Bắc Kim Lộc Mỹ Ngọc Phong Thái Thịnh Tiến Tường Đức Hưng").split()
UNITS = ["người", "hộ", "ngôi nhà", "ha", "tấn", "xe", "tàu", "con", "ca", "trường", "km", "học sinh", "công nhân",
         "bệnh nhân", "du khách", "chuyến bay", "căn hộ", "cây", "thùng", "tỷ đồng"]


def names(rng: random.Random, n: int) -> list[str]:
    out = set()
    while len(out) < n:
        out.add(" ".join(rng.sample(SYLL, 3)))
    return sorted(out)


def fill(engine, total: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocab = names(rng, 20_000)
    per_article = 20
    with engine.begin() as conn:
        start_article = conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM article")).scalar()
        start_sentence = conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM sentence")).scalar()
        have = conn.execute(text("SELECT COUNT(*) FROM sentence")).scalar()
    need = total - have
    aid, sid = start_article, start_sentence
    batch_a, batch_s, batch_k, batch_t, batch_e = [], [], [], [], []
    lead: list = []
    now = datetime.now(timezone.utc)
    for i in range(need):
        if i % per_article == 0:
            aid += 1
            lead = []
            batch_a.append({"id": aid, "content_hash": f"bench{aid:012d}", "input_name": f"bench-{aid}",
                            "title": f"Thiệt hại sau bão, bản tin {aid}", "language": "vi", "text": "",  # as above
                            "created_at": now, "updated_at": now})
        sid += 1
        a, b = rng.sample(vocab, 2)
        unit = rng.choice(UNITS)
        sent = f"Tại xã {a}, huyện {b} có {rng.randint(2, 900)} {unit} bị ảnh hưởng."
        figs = extract(sent)
        batch_s.append({"id": sid, "article_id": aid, "idx": i % per_article, "text": sent, "start": 0, "end": len(sent),
                        "kind": "body", "role": None, "is_claim": True, "flags": "[]",
                        "numbers": json.dumps([f.__dict__ for f in figs], ensure_ascii=False)})
        batch_t.append({"sentence_id": sid, "source_id": None, "mention": "UBND huyện " + b, "source_name": "UBND huyện " + b,
                        "source_type": "organization", "cue": "cho biết", "quote": "indirect", "confidence": 0.9,
                        "role": "speaker"})
        for key in blocking_keys(sent, figs):
            batch_k.append({"key": key, "sentence_id": sid, "article_id": aid})
        lead.append((sent, figs))
        if len(lead) == LEAD_SENTENCES - 1:  # the title and the first sentences: filed as the store files them
            title = f"Thiệt hại sau bão, bản tin {aid}"
            batch_e.extend({"key": k, "article_id": aid} for k in event_keys(signature(title, lead)))
        if len(batch_s) >= 20_000 or i == need - 1:
            with engine.begin() as conn:
                if batch_a:
                    conn.execute(insert(Article.__table__), batch_a)
                conn.execute(insert(Sentence.__table__), batch_s)
                conn.execute(insert(Attribution.__table__), batch_t)
                conn.execute(insert(ClaimKey.__table__), batch_k)
                if batch_e:
                    conn.execute(insert(EventKey.__table__), batch_e)
            batch_a, batch_s, batch_k, batch_t, batch_e = [], [], [], [], []
            print(f"  stored {have + i + 1:,} claims", end="\r", flush=True)
    print()


def new_article(rng: random.Random) -> str:
    vocab = names(random.Random(7), 20_000)  # the same places as the archive, so candidates exist
    lines = ["# Cập nhật thiệt hại sau bão"]
    for _ in range(20):
        a, b = rng.sample(vocab, 2)
        lines.append(f"Theo UBND huyện {b}, tại xã {a}, huyện {b} có {rng.randint(2, 900)} {rng.choice(UNITS)} bị ảnh hưởng.")
    return "\n\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--db", default="sqlite:////tmp/claims-bench.db")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--reuse", action="store_true", help="keep the archive of an earlier run")
    a = ap.parse_args()
    if a.db.startswith("sqlite:///") and not a.reuse:
        Path(a.db[len("sqlite:///"):]).unlink(missing_ok=True)
    engine = make_engine(a.db)
    rng = random.Random(11)
    print(f"database: {a.db}")
    for size in sorted(a.sizes):
        t = time.perf_counter()
        fill(engine, size)
        print(f"filled to {size:,} claims in {time.perf_counter() - t:.0f}s")
        times, found, events = [], 0, 0
        for _ in range(a.runs):
            (rep,) = analyze_text(new_article(rng), use_nlp=False)
            with session_scope(engine) as s:
                t = time.perf_counter()
                cross = find_cross_conflicts(s, report=rep)
                times.append((time.perf_counter() - t) * 1000)
                events += len(same_event_articles(s, report=rep))  # outside the timing: how many matched as one event
            found += len(cross)
        print(f"{size:>9,} claims: median {statistics.median(times):7.1f} ms per 20-claim article "
              f"(p90 {sorted(times)[int(len(times) * 0.9) - 1]:.1f} ms, {found / a.runs:.1f} links found and "
              f"{events / a.runs:.1f} stored articles matched as the same event per article)")


if __name__ == "__main__":
    main()
