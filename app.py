"""The editor's desk: `streamlit run app.py`. UI only; the work is in claims.desk."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from claims import desk, report, store
from claims.errors import ClaimsError

EXAMPLES = Path(__file__).resolve().parent / "examples"
REVIEW_CHOICES = {"": "—", "ok": "ổn", "needs_source": "cần nguồn", "disputed": "đang tranh cãi", "wrong": "sai"}
CONFLICT_LABELS = {"number_mismatch": "số liệu lệch nhau", "denial": "bác bỏ", "contradiction": "trái ngược"}
# Streamlit renders Markdown in headers, labels, buttons and messages: whatever comes from an
# article or a file name goes through this, so it shows as the text it is (no image fetched,
# no link, no formula).
md = report.escape_markdown
TYPE_LABELS = {"person": "cá nhân", "organization": "tổ chức", "media": "báo chí", "document": "văn bản", "anonymous": "ẩn danh"}


@st.cache_resource(show_spinner=False)
def _engine_for(url: str):
    return store.make_engine(url)


def get_engine():
    """One engine per database URL for the whole server ($CLAIMS_DB_URL, else the SQLite file)."""
    return _engine_for(store.default_url())


@st.cache_resource(show_spinner=False)
def get_models():
    from claims import nlp

    return nlp.get_pipeline("vi")


def init_state() -> None:
    for key, value in (("article_ids", []), ("selected", None), ("message", None)):
        if key not in st.session_state:
            st.session_state[key] = value


def run_analysis(data: bytes, name: str) -> None:
    try:
        with st.status("Đang phân tích…", expanded=False) as status:
            status.update(label="Đang nạp mô hình ngôn ngữ (chỉ lần đầu)…")
            get_models()
            status.update(label="Đang tìm nhận định và nguồn tin…")
            ids = desk.analyze_input(get_engine(), data, name)
            status.update(label="Xong", state="complete")
        st.session_state.article_ids = ids
        st.session_state.selected = ids[0] if ids else None
    except ClaimsError as exc:
        st.session_state.message = str(exc)


def input_ui() -> None:
    st.subheader("Kiểm tra bài viết")
    tab_paste, tab_upload = st.tabs(["Dán văn bản", "Tải tệp lên"])
    with tab_paste:
        text = st.text_area("Nội dung bài viết", height=220, key="paste",
                            placeholder="Dán toàn văn bài báo vào đây (có thể kèm tiêu đề, chú thích ảnh)…")
        if st.button("Phân tích", key="analyze_paste", type="primary"):
            run_analysis((text or "").encode("utf-8"), "bài dán")
    with tab_upload:
        up = st.file_uploader("Tệp .txt, .md, .html hoặc .docx", type=["txt", "md", "html", "htm", "docx"], key="upload")
        if st.button("Phân tích tệp", key="analyze_upload", disabled=up is None):
            run_analysis(up.getvalue(), up.name)


def summary_ui(opened: desk.Opened) -> None:
    sm = desk.summary(opened)
    cols = st.columns(5)
    cols[0].metric("Nhận định", sm["claims"])
    cols[1].metric("Có nguồn", f"{sm['share_attributed']:.0%}")
    cols[2].metric("Nguồn ẩn danh", sm["anonymous"])
    cols[3].metric("Chưa có nguồn", sm["unattributed"])
    cols[4].metric("Mâu thuẫn", sm["conflicts"])


def article_ui(opened: desk.Opened) -> None:
    st.markdown(report.legend_html(), unsafe_allow_html=True)
    st.markdown(f"<style>{report.HTML_STYLE}</style><div class='article'>{report.highlight_html(opened.report)}</div>",
                unsafe_allow_html=True)
    st.caption("Rê chuột lên một câu để xem nguồn, từ dẫn, kiểu trích dẫn và độ tin cậy.")


def claims_ui(opened: desk.Opened) -> None:
    rows = desk.claim_rows(opened)
    c1, c2, c3 = st.columns(3)
    statuses = c1.multiselect("Trạng thái", desk.STATUS_ORDER, format_func=lambda s: report.STATUS_LABELS[s], key="f_status")
    sources = c2.multiselect("Nguồn", sorted({r["nguồn"] for r in rows if r["nguồn"]}), key="f_source")
    types = c3.multiselect("Loại nguồn", list(TYPE_LABELS), format_func=TYPE_LABELS.get, key="f_type")
    shown = desk.filter_rows(rows, statuses, sources, types)
    st.dataframe([{k: v for k, v in r.items() if k != "status"} for r in shown], hide_index=True, width="stretch")


def sources_ui(opened: desk.Opened) -> None:
    rows = desk.source_rows(opened)
    if not rows:
        st.info("Bài này không dẫn nguồn nào.")
        return
    st.dataframe(rows, hide_index=True, width="stretch")
    with st.expander("Gộp các nguồn là một (ví dụ hai cách viết của cùng một người)"):
        names = [f"{r['nguồn']} ({r['loại']})" for r in rows]
        picked = st.multiselect("Chọn các nguồn cần gộp (cùng loại)", names, key="merge_pick")
        if st.button("Gộp nguồn", key="merge_go", disabled=len(picked) < 2):
            chosen = [rows[names.index(p)] for p in picked]
            if len({r["loại"] for r in chosen}) > 1:
                st.error("Chỉ gộp được các nguồn cùng loại.")
            else:
                try:
                    desk.merge_sources(get_engine(), chosen[0]["nguồn"], chosen[0]["loại"], [r["nguồn"] for r in chosen[1:]])
                    st.success(f"Đã gộp vào “{md(chosen[0]['nguồn'])}”.")
                except ClaimsError as exc:
                    st.error(md(str(exc)))


def conflicts_ui(opened: desk.Opened) -> None:
    if not opened.report.conflicts:
        st.info("Không thấy mâu thuẫn trong bài này hay với các bài đã kiểm tra trước.")
        return
    for c in opened.report.conflicts:
        where = f"bài `{c.other_article}`" if c.other_article else "cùng bài"
        st.markdown(f"**[{c.sentence}] ↔ {where} [{c.other_sentence}]** · {CONFLICT_LABELS.get(c.kind, c.kind)} · {c.score:.2f}")
        st.markdown(md(c.reason))
        st.caption(f"Câu kia: {md(c.other_text)}")
        if c.other_article and st.button("Mở bài kia", key=f"open_other_{c.sentence}_{c.other_article}_{c.other_sentence}"):
            other_id = desk.article_id_for_report_id(get_engine(), c.other_article)
            if other_id is not None:
                st.session_state.selected = other_id
                st.session_state.article_ids = [other_id]
                st.rerun()


def review_ui(opened: desk.Opened) -> None:
    claims = [s for s in opened.report.sentences if s.is_claim]
    if not claims:
        return
    idx = st.selectbox("Câu cần đánh dấu", [s.index for s in claims], key="review_idx",
                       format_func=lambda i: f"[{i}] {opened.report.sentences[i].text[:90]}")
    current = opened.reviews.get(idx, {})
    with st.form("review_form"):
        status = st.radio("Đánh giá", list(REVIEW_CHOICES)[1:], format_func=REVIEW_CHOICES.get, horizontal=True,
                          index=list(REVIEW_CHOICES)[1:].index(current["status"]) if current else 0,
                          key=f"review_status_{idx}")
        note = st.text_input("Ghi chú", value=current.get("note", ""), key=f"review_note_{idx}")
        if st.form_submit_button("Lưu đánh giá"):
            try:
                desk.save_review(get_engine(), opened.article_id, idx, status, note)
                st.success("Đã lưu.")
            except ClaimsError as exc:
                st.error(md(str(exc)))


def export_ui(opened: desk.Opened) -> None:
    stem = f"claims-{opened.report.id}"
    cols = st.columns(4)
    for col, (fmt, label, mime) in zip(cols, (("json", "JSON", "application/json"), ("csv", "CSV", "text/csv"),
                                              ("md", "Markdown", "text/markdown"), ("html", "HTML (in được)", "text/html"))):
        col.download_button(label, desk.export(opened, fmt), file_name=f"{stem}.{fmt}", mime=mime, key=f"dl_{fmt}")


def history_ui() -> None:
    st.sidebar.header("Bài đã kiểm tra")
    query = st.sidebar.text_input("Tìm bài", key="history_query")
    try:
        items = desk.history(get_engine(), query)
    except ClaimsError as exc:
        st.sidebar.error(md(str(exc)))
        return
    for item in items[:50]:
        if st.sidebar.button(md(item["title"][:60]), key=f"open_{item['id']}",
                             help=md(f"{item['input']} · {item['updated']}")):
            st.session_state.selected = item["id"]
            st.session_state.article_ids = [item["id"]]


def example_from_query() -> None:
    """`?example=NAME` analyses a bundled example once (handy for demos and the browser test)."""
    name = st.query_params.get("example")
    if name and st.session_state.get("example_done") != name:
        st.session_state.example_done = name
        path = EXAMPLES / Path(name).name
        if path.is_file():
            run_analysis(path.read_bytes(), path.name)
        else:
            st.session_state.message = f"Không có bài mẫu '{name}'."


def main() -> None:
    st.set_page_config(page_title="Kiểm tra nguồn tin", page_icon="📰", layout="wide")
    init_state()
    st.title("Kiểm tra nhận định và nguồn tin")
    st.caption("Dán hoặc tải bài báo lên: công cụ tìm từng nhận định, ai được dẫn nguồn, câu nào chưa có nguồn, "
               "nguồn ẩn danh và các mâu thuẫn.")
    try:
        get_engine()
    except ClaimsError as exc:
        st.error(f"Không mở được cơ sở dữ liệu: {md(str(exc))}")
        return
    example_from_query()
    input_ui()
    history_ui()  # after the input, so an article analysed in this run is listed at once
    if st.session_state.message:
        st.error(md(st.session_state.message))
        st.session_state.message = None
    ids = st.session_state.article_ids
    if not ids:
        return
    if len(ids) > 1:
        st.session_state.selected = st.radio("Trang này có nhiều bài", ids, key="pick_article",
                                             format_func=lambda i: md(desk.open_article(get_engine(), i).report.title or str(i)))
    try:
        opened = desk.open_article(get_engine(), st.session_state.selected)
    except ClaimsError as exc:
        st.error(md(str(exc)))
        return
    st.header(md(opened.report.title or opened.report.input))
    summary_ui(opened)
    tabs = st.tabs(["Bài viết", "Bảng nhận định", "Nguồn tin", "Mâu thuẫn", "Biên tập", "Xuất báo cáo"])
    with tabs[0]:
        article_ui(opened)
    with tabs[1]:
        claims_ui(opened)
    with tabs[2]:
        sources_ui(opened)
    with tabs[3]:
        conflicts_ui(opened)
    with tabs[4]:
        review_ui(opened)
    with tabs[5]:
        export_ui(opened)


if __name__ == "__main__":
    main()
