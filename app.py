"""The editor's desk: `streamlit run app.py`. UI only; the work is in claims.desk, who may do
what in claims.auth, the analysis queue in claims.jobs."""
from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

from claims import auth, desk, jobs, report, signin, store
from claims.article_view import article_view
from claims.errors import ClaimsError

EXAMPLES = Path(__file__).resolve().parent / "examples"
# Streamlit renders Markdown in headers, labels, buttons and messages: whatever comes from an
# article or a file name goes through this, so it shows as the text it is (no image fetched,
# no link, no formula).
md = report.escape_markdown
TYPE_LABELS = report.TYPE_LABELS
PICK = "Chọn…"


@st.cache_resource(show_spinner=False)
def _engine_for(url: str):
    return store.make_engine(url)


def get_engine():
    """One engine per database URL for the whole server ($CLAIMS_DB_URL, else the SQLite file)."""
    return _engine_for(store.default_url())


@st.cache_resource(show_spinner=False)
def get_models():
    from claims import nlp

    return nlp.load("vi")  # the parser and, where it is used, the CRF tagger


def get_queue() -> jobs.AnalysisQueue:
    """One queue for every session of the server: analyses run off the script threads."""
    return jobs.shared_queue()


def init_state() -> None:
    for key, value in (("article_ids", []), ("selected", None), ("message", None), ("flash", None), ("job", None),
                       ("focus", None), ("focus_seq", 0)):
        if key not in st.session_state:
            st.session_state[key] = value


# --------------------------------------------------------------------------- state changes (callbacks)
def open_articles(ids: list[int], selected: int | None = None) -> None:
    st.session_state.article_ids = list(ids)
    st.session_state.selected = selected if selected is not None else (ids[0] if ids else None)
    st.session_state.focus = None


def focus_sentence(index: int | None) -> None:
    """Pick a sentence: the detail panel shows it, the article outlines it and scrolls to it."""
    st.session_state.focus = index
    st.session_state.focus_seq += 1


def _focus_from_article(key: str) -> None:
    focus_sentence(st.session_state[key]["sentence"])


def _focus_from_picker(key: str) -> None:
    st.session_state.focus = st.session_state[key]
    st.session_state.focus_seq += 1


def _focus_from_table(key: str, indexes: list[int]) -> None:
    rows = st.session_state[key].selection.rows
    if rows:
        focus_sentence(indexes[rows[0]])


# --------------------------------------------------------------------------- analysis
def run_analysis(data: bytes, name: str) -> None:
    engine = get_engine()

    def work(job: jobs.Job):
        job.update("Đang nạp mô hình ngôn ngữ (chỉ lần đầu)…", 0.03)
        get_models()
        return desk.analyze_input(engine, data, name, progress=job.update)

    try:
        st.session_state.job = get_queue().submit(work)
    except ClaimsError as exc:
        st.session_state.message = desk.message_vi(exc)
        return
    wait_ui()


def wait_ui() -> None:
    """A progress bar while this session's job runs; the script only sleeps and polls, the work
    is on the queue's thread. A rerun in the middle (a click) comes back here."""
    job = st.session_state.job
    if job is None:
        return
    bar = st.progress(0.0, text="Đang chờ lượt phân tích…")
    while True:
        p = job.progress()
        stage = f"Đang chờ lượt: {p.waiting_before} bài đang được phân tích trước" if p.waiting_before else p.stage
        bar.progress(p.fraction, text=f"{stage} · {p.elapsed:.0f} giây")
        if p.done:
            break
        time.sleep(0.25)
    bar.empty()
    st.session_state.job = None
    try:
        open_articles(job.result())
    except ClaimsError as exc:
        st.session_state.message = desk.message_vi(exc)
    except Exception as exc:  # a bug: one line, not a traceback
        st.session_state.message = f"Lỗi nội bộ khi phân tích ({type(exc).__name__}); hãy báo cho nhóm kỹ thuật."


def input_ui(account: auth.Account) -> None:
    st.subheader("Kiểm tra bài viết")
    if not account.can("analyze"):
        st.caption("Tài khoản chỉ xem: mở các bài đã kiểm tra ở cột bên trái.")
        return
    busy = st.session_state.job is not None
    tab_paste, tab_upload = st.tabs(["Dán văn bản", "Tải tệp lên"])
    with tab_paste:
        text = st.text_area("Nội dung bài viết", height=200, key="paste",
                            placeholder="Dán toàn văn bài báo vào đây (có thể kèm tiêu đề, chú thích ảnh)…")
        if st.button("Phân tích", key="analyze_paste", type="primary", disabled=busy):
            run_analysis((text or "").encode("utf-8"), "bài dán")
    with tab_upload:
        up = st.file_uploader("Tệp .txt, .md, .html hoặc .docx", type=["txt", "md", "html", "htm", "docx"], key="upload")
        if st.button("Phân tích tệp", key="analyze_upload", disabled=up is None or busy):
            run_analysis(up.getvalue(), up.name)


# --------------------------------------------------------------------------- the article
def summary_ui(opened: desk.Opened) -> None:
    sm = desk.summary(opened)
    cols = st.columns(5)
    cols[0].metric("Nhận định", sm["claims"])
    cols[1].metric("Có nguồn", f"{sm['share_attributed']:.0%}")
    cols[2].metric("Nguồn ẩn danh", sm["anonymous"])
    cols[3].metric("Chưa có nguồn", sm["unattributed"])
    cols[4].metric("Mâu thuẫn", sm["conflicts"], help=f"Không tính {sm['updates']} số liệu cập nhật và "
                   f"{sm['corrections']} đính chính (xem thẻ Mâu thuẫn).")


def article_ui(opened: desk.Opened) -> None:
    key = f"article_view_{opened.article_id}"
    with st.container(height=560):
        article_view(opened.report, key=key, focus=st.session_state.focus, seq=st.session_state.focus_seq,
                     on_sentence=lambda: _focus_from_article(key))
    st.caption("Bấm vào một câu để xem vì sao nó được đánh dấu; câu đang xem có viền cam.")


def detail_ui(opened: desk.Opened, account: auth.Account) -> None:
    """The sentence picked: why it is marked, its source and figures, its review and trail."""
    sentences = opened.report.sentences
    key = f"detail_idx_{opened.article_id}"
    st.session_state[key] = st.session_state.focus  # one truth: the sentence picked anywhere on the desk
    idx = st.selectbox("Câu đang xem", [s.index for s in sentences], key=key, placeholder="Chọn một câu…", index=None,
                       format_func=lambda i: f"{i + 1}. {desk.short_title(sentences[i].text, 70)}",
                       on_change=_focus_from_picker, args=(key,))
    if idx is None:
        st.info("Bấm vào một câu trong bài, một dòng của bảng nhận định hay một mâu thuẫn để xem chi tiết.")
        return
    s = sentences[idx]
    st.markdown(f"**Câu {idx + 1}** · {report.STATUS_LABELS[report.sentence_status(s)]}")
    st.markdown(f"> {md(s.text)}")
    for line in desk.sentence_reasons(opened, idx):
        st.markdown(f"- {md(line)}")
    if s.numbers:
        st.caption("Số liệu: " + md(", ".join(f.text for f in s.numbers)))
    if s.is_claim:
        review_ui(opened, account, idx)


def review_ui(opened: desk.Opened, account: auth.Account, idx: int) -> None:
    current = opened.reviews.get(idx, {})
    if account.can("review"):
        with st.form(f"review_form_{opened.article_id}_{idx}"):
            choices = list(desk.REVIEW_CHOICES)
            status = st.radio("Đánh giá", choices, format_func=report.REVIEW_LABELS.get, horizontal=True,
                              index=choices.index(current.get("status", "")),
                              key=f"review_status_{opened.article_id}_{idx}")
            note = st.text_input("Ghi chú", value=current.get("note", ""), key=f"review_note_{opened.article_id}_{idx}")
            if st.form_submit_button("Lưu đánh giá"):
                try:
                    desk.save_review(get_engine(), opened.article_id, idx, status, note, by=account)
                    st.session_state.flash = f"Đã lưu đánh giá câu {idx + 1}."
                    st.rerun()  # the table, the trail and the exports show it at once
                except ClaimsError as exc:
                    st.error(md(desk.message_vi(exc)))
    elif current.get("status"):
        st.markdown(f"Đánh giá: {md(report.review_text(current))}")
    if current.get("history"):
        st.markdown("**Nhật ký của câu này**")
        for event in reversed(current["history"]):
            st.caption(md(report.event_text(event)))


def claims_ui(opened: desk.Opened) -> None:
    rows = desk.claim_rows(opened)
    aid = opened.article_id
    c1, c2, c3 = st.columns(3)  # keys per article: a filter never carries over to the next one
    statuses = c1.multiselect("Trạng thái", desk.STATUS_ORDER, format_func=lambda s: report.STATUS_LABELS[s],
                              key=f"f_status_{aid}", placeholder=PICK, select_all=False)
    sources = c2.multiselect("Nguồn", sorted({r["nguồn"] for r in rows if r["nguồn"]}), key=f"f_source_{aid}",
                             placeholder=PICK, select_all=False)
    types = c3.multiselect("Loại nguồn", list(TYPE_LABELS), format_func=TYPE_LABELS.get, key=f"f_type_{aid}",
                           placeholder=PICK, select_all=False)
    shown = desk.filter_rows(rows, statuses, sources, types)
    key = f"claims_table_{aid}"
    indexes = [r["index"] for r in shown]
    st.dataframe([{k: v for k, v in r.items() if k not in desk.HIDDEN_COLUMNS} for r in shown], hide_index=True,
                 width="stretch", key=key, on_select=lambda: _focus_from_table(key, indexes), selection_mode="single-row")
    st.caption("Chọn một dòng để xem câu đó trong bài.")


def sources_ui(opened: desk.Opened, account: auth.Account) -> None:
    rows = desk.source_rows(opened)
    if not rows:
        st.info("Bài này không dẫn nguồn nào.")
        return
    st.dataframe([{k: v for k, v in r.items() if k != "type"} for r in rows], hide_index=True, width="stretch")
    if not account.can("merge_sources"):
        return
    names = [f"{r['nguồn']} ({r['loại']})" for r in rows]
    with st.expander("Gộp các nguồn là một (ví dụ hai cách viết của cùng một người)"):
        picked = st.multiselect("Chọn các nguồn cần gộp (cùng loại); nguồn chọn đầu tiên được giữ", names,
                                key="merge_pick", placeholder=PICK, select_all=False)
        if st.button("Gộp nguồn", key="merge_go", disabled=len(picked) < 2):
            chosen = [rows[names.index(p)] for p in picked]
            if len({r["type"] for r in chosen}) > 1:
                st.error("Chỉ gộp được các nguồn cùng loại.")
            else:
                act(lambda: desk.merge_sources(get_engine(), chosen[0]["nguồn"], chosen[0]["type"],
                                               [r["nguồn"] for r in chosen[1:]], by=account),
                    f"Đã gộp vào “{md(chosen[0]['nguồn'])}”.")
    with st.expander("Tách một cách viết ra thành nguồn riêng"):
        which = st.selectbox("Nguồn", names, key="split_source", index=None, placeholder=PICK)
        if which is not None:
            row = rows[names.index(which)]
            try:
                aliases = desk.source_aliases(get_engine(), row["nguồn"], row["type"])
            except ClaimsError as exc:
                st.error(md(desk.message_vi(exc)))
                return
            alias = st.selectbox("Cách viết cần tách", aliases, key="split_alias", index=None, placeholder=PICK)
            if st.button("Tách", key="split_go", disabled=alias is None):
                act(lambda: desk.split_source(get_engine(), row["nguồn"], row["type"], alias, by=account),
                    f"Đã tách “{md(alias)}” thành nguồn riêng.")


def act(change, done: str) -> None:
    """Run a change, then rerun so every panel shows it; errors in Vietnamese."""
    try:
        change()
    except ClaimsError as exc:
        st.error(md(desk.message_vi(exc)))
        return
    st.session_state.flash = done
    st.rerun()


def conflicts_ui(opened: desk.Opened) -> None:
    if not opened.report.conflicts:
        st.info("Không thấy mâu thuẫn trong bài này hay với các bài đã kiểm tra trước.")
        return
    pairs = list(zip(opened.report.conflicts, desk.conflict_views(get_engine(), opened)))
    conflicts = [(n, c, v) for n, (c, v) in enumerate(pairs) if v.is_conflict]
    links = [(n, c, v) for n, (c, v) in enumerate(pairs) if not v.is_conflict]
    if not conflicts:
        st.info("Không thấy mâu thuẫn; chỉ có số liệu cập nhật hoặc đính chính.")
    for n, c, view in conflicts:
        conflict_card(n, c, view)
    if links:
        st.subheader("Cập nhật và đính chính")
        st.caption("Số liệu mới hơn của cùng một sự việc, hoặc số liệu đã được đính chính: không tính là mâu thuẫn.")
        for n, c, view in links:
            conflict_card(n, c, view)


def conflict_card(n: int, c, view) -> None:
    with st.container(border=True):
        st.markdown(f"**{view.kind}** · điểm {view.score:.2f} — {md(view.reason)}")
        if all(view.figures):
            st.caption(f"Số liệu liên kết: “{md(view.figures[0])}” (bài này) ↔ “{md(view.figures[1])}”")
        left, right = st.columns(2)
        for col, side, mine in ((left, view.mine, True), (right, view.other, False)):
            with col:
                where = "bài này" if side.where == "bài này" else f"bài “{md(side.where)}”"
                st.markdown(f"**Câu {side.sentence + 1}** · {where}")
                st.markdown(f"> {md(side.text)}")
                st.caption(f"Nguồn: {md(side.source) or 'chưa có'} · Số liệu: {md(', '.join(side.figures)) or '—'}")
                if mine or c.other_article is None:
                    st.button(f"Xem câu {side.sentence + 1}", key=f"see_{n}_{int(mine)}",
                              on_click=focus_sentence, args=(side.sentence,))
                elif st.button("Mở bài kia", key=f"open_other_{n}"):
                    other_id = desk.article_id_for_report_id(get_engine(), c.other_article)
                    if other_id is not None:
                        open_articles([other_id])
                        focus_sentence(c.other_sentence)
                        st.rerun()
        if view.matched:
            st.caption("Khớp nhau ở: " + md("; ".join(view.matched)))
        if view.later:
            st.caption(md(view.later))


def trail_ui(opened: desk.Opened) -> None:
    rows = desk.audit_rows(get_engine(), opened)
    if not rows:
        st.info("Chưa ai đánh giá câu nào của bài này.")
        return
    st.dataframe(rows, hide_index=True, width="stretch")


def export_ui(opened: desk.Opened) -> None:
    stem = f"claims-{opened.report.id}"
    cols = st.columns(4)
    for col, (fmt, label, mime) in zip(cols, (("json", "JSON", "application/json"), ("csv", "CSV", "text/csv"),
                                              ("md", "Markdown", "text/markdown"), ("html", "HTML (in được)", "text/html"))):
        col.download_button(label, desk.export(opened, fmt), file_name=f"{stem}.{fmt}", mime=mime, key=f"dl_{fmt}")


def admin_ui(opened: desk.Opened, account: auth.Account) -> None:
    st.markdown("Xoá bài khỏi kho: mọi câu, nguồn dẫn, mâu thuẫn và đánh giá của bài sẽ mất; việc xoá được ghi vào nhật ký.")
    sure = st.checkbox("Tôi hiểu và muốn xoá bài này", key=f"delete_sure_{opened.article_id}")
    if st.button("Xoá bài", key="delete_article", disabled=not sure, type="primary"):
        title = opened.report.title or opened.report.input

        def delete():
            desk.delete_article(get_engine(), opened.article_id, by=account)
            open_articles([i for i in st.session_state.article_ids if i != opened.article_id])
        act(delete, f"Đã xoá bài “{md(title)}”.")


# --------------------------------------------------------------------------- sidebar and page
def history_ui() -> None:
    st.sidebar.header("Bài đã kiểm tra")
    query = st.sidebar.text_input("Tìm bài (gõ có dấu hay không dấu đều được)", key="history_query")
    try:
        items = desk.history(get_engine(), query)
    except ClaimsError as exc:
        st.sidebar.error(md(desk.message_vi(exc)))
        return
    if query and not items:
        st.sidebar.caption("Không có bài nào khớp.")
    for item in items[:50]:
        st.sidebar.button(md(desk.short_title(item["title"])), key=f"open_{item['id']}",
                          help=md(f"{item['title']} · {item['input']} · {item['updated']}"),
                          on_click=open_articles, args=([item["id"]],))


def example_from_query() -> None:
    """`?example=NAME` analyses a bundled example once (handy for demos and the browser test)."""
    name = st.query_params.get("example")
    if name and st.session_state.get("example_done") != name:
        st.session_state.example_done = name
        path = EXAMPLES / Path(name).name
        if path.is_file():
            run_analysis(path.read_bytes(), path.name)
        else:
            st.session_state.message = f"Không có bài mẫu “{name}”."


def main() -> None:
    st.set_page_config(page_title="Kiểm tra nguồn tin", page_icon="📰", layout="wide")
    init_state()
    account = signin.sign_in_ui()
    if account is None:
        return
    st.title(signin.TITLE)
    st.caption("Dán hoặc tải bài báo lên: công cụ tìm từng nhận định, ai được dẫn nguồn, câu nào chưa có nguồn, "
               "nguồn ẩn danh và các mâu thuẫn.")
    try:
        get_engine()
    except ClaimsError as exc:
        st.error(md(desk.message_vi(exc)))
        return
    signin.account_ui(account, shared_database=not str(get_engine().url).startswith("sqlite"))
    wait_ui()  # a job this session started before a rerun
    if account.can("analyze"):
        example_from_query()
    input_ui(account)
    history_ui()  # after the input, so an article analysed in this run is listed at once
    if st.session_state.message:
        st.error(md(st.session_state.message))
        st.session_state.message = None
    if st.session_state.flash:
        st.success(st.session_state.flash)
        st.session_state.flash = None
    ids = st.session_state.article_ids
    if not ids:
        return
    if len(ids) > 1:
        titles = desk.article_titles(get_engine(), ids)
        picked = st.radio("Trang này có nhiều bài", ids, key="pick_article", format_func=lambda i: md(titles.get(i, str(i))))
        if picked != st.session_state.selected:
            open_articles(ids, picked)
    try:
        opened = desk.open_article(get_engine(), st.session_state.selected)
    except ClaimsError as exc:
        st.error(md(desk.message_vi(exc)))
        return
    st.header(md(opened.report.title or opened.report.input))
    summary_ui(opened)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        article_ui(opened)
    with right:
        detail_ui(opened, account)
    names = ["Bảng nhận định", "Mâu thuẫn", "Nguồn tin", "Nhật ký biên tập", "Xuất báo cáo"]
    tabs = st.tabs(names + (["Quản trị"] if account.can("delete_article") else []))
    with tabs[0]:
        claims_ui(opened)
    with tabs[1]:
        conflicts_ui(opened)
    with tabs[2]:
        sources_ui(opened, account)
    with tabs[3]:
        trail_ui(opened)
    with tabs[4]:
        export_ui(opened)
    if account.can("delete_article"):
        with tabs[5]:
            admin_ui(opened, account)


if __name__ == "__main__":
    main()
