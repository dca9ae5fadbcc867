// The report page's own style and script, inlined into every report (no network, no files). The
// script reads the documents from a JSON block and renders one page of them at a time, so a report
// of 10,000 documents opens as fast as one of ten. It builds the page with text nodes only: no
// document text ever goes through innerHTML.

export const STYLE = `
:root { --fg: #1d2330; --muted: #667085; --line: #e4e7ec; --bg: #fff; --panel: #f8f9fb; --del: #fde2e1; --del-fg: #9b1c1c;
  --ins: #dcfce7; --ins-fg: #14532d; --report: #fef3c7; --accent: #2f5bd3; --bar: #6d8fe8; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e8ee; --muted: #9aa3b2; --line: #2c3240; --bg: #14171f; --panel: #1b1f2a; --del: #4c1d1d; --del-fg: #fecaca;
    --ins: #123d27; --ins-fg: #bbf7d0; --report: #4a3b0b; --accent: #8fb0ff; --bar: #5a7bd8; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 16px; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 0; }
.stats div { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.stats dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.stats dd { margin: 2px 0 0; font-size: 20px; font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 12px; margin-top: 12px; align-items: start; }
.chart { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.chart h2 { margin: 0 0 6px; font-size: 14px; }
.chart svg { width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.chart .label { fill: var(--fg); }
.chart .value { fill: var(--muted); }
.chart rect { fill: var(--bar); }
.errors li { color: var(--del-fg); }
.toolbar { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 1px solid var(--line); padding: 10px 0; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.toolbar input[type=search] { flex: 1 1 240px; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); font: inherit; }
.rules { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
button { font: inherit; font-size: 13px; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 999px; padding: 3px 10px; cursor: pointer; }
button[aria-pressed=true] { background: var(--accent); border-color: var(--accent); color: #fff; }
button:disabled { opacity: .4; cursor: default; }
.rule-filter .n { color: var(--muted); margin-left: 4px; }
.rule-filter[aria-pressed=true] .n { color: #fff; }
.pager { display: flex; gap: 8px; align-items: center; color: var(--muted); font-size: 13px; margin: 12px 0; }
.doc { border: 1px solid var(--line); border-radius: 8px; margin: 16px 0; background: var(--bg); }
.doc:target, .doc.target { outline: 2px solid var(--accent); }
.doc header { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; padding: 8px 12px; border-bottom: 1px solid var(--line); background: var(--panel); border-radius: 8px 8px 0 0; }
.doc header a { font-weight: 600; color: var(--accent); text-decoration: none; word-break: break-all; }
.doc header .count { color: var(--muted); font-size: 13px; }
.doc header .view { margin-left: auto; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; padding: 10px 12px; margin: 0; font: 14px/1.6 ui-serif, Georgia, serif; }
.sbs { display: grid; grid-template-columns: 1fr 1fr; }
.sbs .text + .text { border-left: 1px solid var(--line); }
.sbs h3 { margin: 0; padding: 6px 12px 0; font: 12px system-ui, sans-serif; color: var(--muted); text-transform: uppercase; }
del { background: var(--del); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins); color: var(--ins-fg); text-decoration: none; }
.edit { cursor: help; border-radius: 3px; }
.edit:hover, .edit.pinned { outline: 1px solid var(--accent); }
mark.edit { background: var(--report); color: inherit; text-decoration: underline wavy; }
del.empty::after, mark.empty::after { content: "⌫"; font-size: 11px; }
.ws { outline: 1px dashed currentColor; outline-offset: -1px; padding: 0 1px; }
.notes { margin: 0; padding: 8px 12px 10px 36px; border-top: 1px solid var(--line); font-size: 13px; color: var(--muted); }
.notes li.on { color: var(--fg); }
.notes code { color: var(--fg); }
.empty-list { color: var(--muted); padding: 24px 0; }
footer { color: var(--muted); font-size: 12px; margin: 32px 0 0; }
`;

export const SCRIPT = `
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('newsclean-data').textContent);
  const RULES = data.rules; // [id, category, description]
  const DOCS = data.documents; // {label, pieces, findings: [rule, message, severity, line, column], fixes, changed}
  const PAGE = 20;
  const state = { rule: -1, query: '', page: 0, sideBySide: false, own: new Set() };
  const $ = (id) => document.getElementById(id);
  const list = $('documents');

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== undefined && value !== null) node.setAttribute(key, String(value));
    }
    for (const child of children) node.append(child);
    return node;
  }

  function haystack(doc) {
    if (doc.lower === undefined) {
      let text = doc.label + '\\n';
      for (const piece of doc.pieces) text += typeof piece === 'string' ? piece : piece[0] + '\\n' + (piece[1] || '');
      doc.lower = text.toLowerCase();
    }
    return doc.lower;
  }

  function shown() {
    return DOCS.filter((doc) =>
      (state.rule < 0 || doc.findings.some((f) => f[0] === state.rule)) &&
      (state.query === '' || haystack(doc).includes(state.query)));
  }

  /** The findings of a piece that the current filter lets through. */
  function relevant(doc, indexes) {
    return state.rule < 0 ? indexes : indexes.filter((i) => doc.findings[i][0] === state.rule);
  }

  function describe(doc, indexes) {
    return indexes.map((i) => {
      const f = doc.findings[i];
      return RULES[f[0]][0] + (f[3] ? ' (line ' + f[3] + ':' + f[4] + ')' : '') + ': ' + f[1];
    }).join('\\n');
  }

  /** Spaces and line breaks alone are outlined, or an added space would not show. */
  function blank(text) {
    return /^\s+$/.test(text) ? 'ws' : undefined;
  }

  function mark(doc, tag, text, indexes) {
    const rules = [...new Set(indexes.map((i) => RULES[doc.findings[i][0]][0]))].join(' ');
    const cls = 'edit' + (text === '' ? ' empty' : blank(text) ? ' ws' : '');
    return el(tag, { class: cls, 'data-rules': rules, 'data-findings': indexes.join(' '), title: describe(doc, indexes) }, text);
  }

  /** The text with every change in place: removed text struck through, inserted text marked. */
  function inline(doc) {
    const pre = el('div', { class: 'text' });
    for (const piece of doc.pieces) {
      if (typeof piece === 'string') { pre.append(piece); continue; }
      const [before, after, indexes] = piece;
      const own = relevant(doc, indexes);
      if (after === null) { pre.append(own.length ? mark(doc, 'mark', before, own) : before); continue; }
      if (own.length === 0) { pre.append(after); continue; }
      const span = mark(doc, 'span', '', own);
      if (before !== '') span.append(el('del', { class: blank(before) }, before));
      if (after !== '') span.append(el('ins', { class: blank(after) }, after));
      pre.append(span);
    }
    return pre;
  }

  /** The input with removals marked, beside the output with insertions marked. */
  function sideBySide(doc) {
    const left = el('div', { class: 'text before' });
    const right = el('div', { class: 'text after' });
    for (const piece of doc.pieces) {
      if (typeof piece === 'string') { left.append(piece); right.append(piece); continue; }
      const [before, after, indexes] = piece;
      const own = relevant(doc, indexes);
      if (after === null) {
        left.append(own.length ? mark(doc, 'mark', before, own) : before);
        right.append(before);
      } else if (own.length === 0) {
        left.append(before);
        right.append(after);
      } else {
        left.append(before === '' ? mark(doc, 'del', '', own) : mark(doc, 'del', before, own));
        right.append(mark(doc, 'ins', after, own));
      }
    }
    return el('div', { class: 'sbs' }, el('div', {}, el('h3', {}, 'input'), left), el('div', {}, el('h3', {}, 'cleaned'), right));
  }

  function notes(doc) {
    const ol = el('ol', { class: 'notes' });
    doc.findings.forEach((f, i) => {
      if (state.rule >= 0 && f[0] !== state.rule) return;
      const where = f[3] ? 'line ' + f[3] + ':' + f[4] + ' ' : '';
      ol.append(el('li', { 'data-finding': i }, where, el('code', {}, RULES[f[0]][0]), f[2] === 1 ? ' (report only)' : '', ' — ' + f[1]));
    });
    return ol;
  }

  function card(doc) {
    const bySide = state.own.has(doc.label) ? !state.sideBySide : state.sideBySide;
    const count = doc.findings.length;
    const toggle = el('button', { class: 'view', type: 'button', 'aria-pressed': bySide }, 'side by side');
    toggle.addEventListener('click', () => {
      if (state.own.has(doc.label)) state.own.delete(doc.label); else state.own.add(doc.label);
      const replacement = card(doc);
      node.replaceWith(replacement);
    });
    const node = el('article', { class: 'doc', id: 'doc:' + doc.label, 'data-label': doc.label },
      el('header', {},
        el('a', { href: '#' + encodeURIComponent(doc.label) }, doc.label),
        el('span', { class: 'count' }, count + (count === 1 ? ' finding' : ' findings') + (doc.changed ? '' : ', text unchanged')),
        toggle),
      bySide ? sideBySide(doc) : inline(doc),
      notes(doc));
    return node;
  }

  function render() {
    const docs = shown();
    const pages = Math.max(1, Math.ceil(docs.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    const from = state.page * PAGE;
    const page = docs.slice(from, from + PAGE);
    list.replaceChildren(...page.map(card));
    if (page.length === 0) list.append(el('p', { class: 'empty-list' }, 'No document matches.'));
    const status = docs.length === 0 ? '0 documents' : 'documents ' + (from + 1) + '–' + (from + page.length) + ' of ' + docs.length;
    for (const where of ['top', 'bottom']) {
      $('status-' + where).textContent = status + ' · page ' + (state.page + 1) + ' of ' + pages;
      $('prev-' + where).disabled = state.page === 0;
      $('next-' + where).disabled = state.page >= pages - 1;
    }
    $('documents').setAttribute('data-shown', String(docs.length));
  }

  for (const button of document.querySelectorAll('.rule-filter')) {
    button.addEventListener('click', () => {
      const rule = Number(button.getAttribute('data-index'));
      state.rule = state.rule === rule ? -1 : rule;
      for (const other of document.querySelectorAll('.rule-filter')) other.setAttribute('aria-pressed', String(Number(other.getAttribute('data-index')) === state.rule));
      state.page = 0;
      render();
    });
  }
  let typing;
  $('search').addEventListener('input', (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => { state.query = event.target.value.trim().toLowerCase(); state.page = 0; render(); }, 120);
  });
  $('side-by-side').addEventListener('change', (event) => { state.sideBySide = event.target.checked; state.own.clear(); render(); });
  for (const where of ['top', 'bottom']) {
    $('prev-' + where).addEventListener('click', () => { state.page--; render(); list.scrollIntoView(); });
    $('next-' + where).addEventListener('click', () => { state.page++; render(); list.scrollIntoView(); });
  }

  /** #LABEL (as a CI log links it): the page with that document, scrolled to it. */
  function follow() {
    if (location.hash.length < 2) return;
    let label;
    try { label = decodeURIComponent(location.hash.slice(1)); } catch { return; }
    const index = DOCS.findIndex((doc) => doc.label === label);
    if (index < 0) return;
    state.rule = -1; state.query = ''; $('search').value = '';
    for (const button of document.querySelectorAll('.rule-filter')) button.setAttribute('aria-pressed', 'false');
    state.page = Math.floor(index / PAGE);
    render();
    const target = document.getElementById('doc:' + label);
    for (const old of document.querySelectorAll('.doc.target')) old.classList.remove('target');
    target.classList.add('target');
    target.scrollIntoView();
  }
  window.addEventListener('hashchange', follow);
  render();
  follow();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
