"""The desk's article view: the highlighted article as a Streamlit component (st.components.v2,
no build step), so that a click on a sentence reaches Python, and the sentence picked anywhere
on the desk (a table row, a conflict) is outlined and scrolled into view.

The HTML it shows is `report.highlight_html`, where every piece of article text is escaped;
the script only reads `data-index` and toggles a class."""
from __future__ import annotations

from typing import Callable

import streamlit as st

from . import report

JS = """
export default function(component) {
  const { data, setTriggerValue, parentElement } = component;
  let root = parentElement.querySelector('div.article');
  if (!root) {
    root = document.createElement('div');
    root.className = 'article';
    root.addEventListener('click', (event) => {
      const span = event.target.closest('span.s');
      if (span) setTriggerValue('sentence', Number(span.dataset.index));
    });
    parentElement.appendChild(root);
  }
  if (root.dataset.key !== data.key) {  // a new article: its (escaped) HTML, once
    root.innerHTML = data.html;
    root.dataset.key = data.key;
    root.dataset.seq = '';
  }
  root.querySelectorAll('span.s.focused').forEach((el) => el.classList.remove('focused'));
  if (data.focus === null || data.focus === undefined) return;
  const el = root.querySelector('span.s[data-index="' + data.focus + '"]');
  if (!el) return;
  el.classList.add('focused');
  if (root.dataset.seq !== String(data.seq)) {  // scroll once per request, not on every rerun
    root.dataset.seq = String(data.seq);
    el.scrollIntoView({block: 'center', behavior: 'smooth'});
  }
}
"""

CSS = """
.article{font-family:inherit;line-height:1.7;color:var(--st-text-color, #1f2933)}
.s{padding:.1rem .15rem;border-radius:.2rem;cursor:pointer}
.s:hover{box-shadow:0 0 0 2px #9aa5b1}
.attributed{background:#e3f9e5} .anonymous_source{background:#fff3c4} .unattributed{background:#ffe3e3}
.hedged{background:#e0e8f9} .conflict{background:#f8c4fe;outline:1px solid #a0f} .not_claim{color:#7b8794}
.s.focused{outline:3px solid #d9480f;outline-offset:2px;box-shadow:none}
.legend{margin-bottom:.6rem;font-size:.85rem} .legend span{display:inline-block;margin:0 .4rem .3rem 0;padding:.05rem .4rem;border-radius:.2rem}
"""

_component = st.components.v2.component("claims_article_view", js=JS, css=CSS)


def article_view(rep, *, key: str, focus: int | None, seq: int, on_sentence: Callable[[], None]):
    """Mount the article; `on_sentence` runs (before the next script run) when a sentence is
    clicked, and reads the index from st.session_state[key]["sentence"]."""
    html = f'{report.legend_html()}<div class="text">{report.highlight_html(rep)}</div>'
    return _component(data={"html": html, "key": f"{rep.content_hash}", "focus": focus,
                            "seq": seq}, key=key, on_sentence_change=on_sentence, height="content")
