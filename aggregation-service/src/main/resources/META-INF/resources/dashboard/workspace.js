// The reviewer's workspace: a queue of the region's reports, and one report's three tables with the cells of each
// finding marked, the original beside them, and the decisions: confirm, dismiss, correct, approve, return.
// Uses dashboard.js (getJson, call, $, esc, state, breadcrumb, approvalBadge) and i18n.js.
const Workspace = (() => {
  let template = null;
  let settings = null;
  const ONLY_PROBLEMS = 'disclosure-pipeline.only-problems';
  const SHORT_TABLES = {T2: 'activeDisclosure', T3: 'applications', T4: 'reviewLitigation'};

  const tables = async () => template ??= await getJson('/template');
  const ingestUrl = async () => (settings ??= await getJson('/dashboard/config')).ingestUrl;

  // ---- the queue ----------------------------------------------------------------------------------------------

  async function queue(code) {
    if (!code) code = claims()?.region || '';
    const path = await breadcrumb(code);
    const q = await getJson(`/review-queue?region=${code}&year=${state.year}`);
    const name = path.length ? path[path.length - 1].name : code;
    const only = localStorage.getItem(ONLY_PROBLEMS) !== 'false';
    const counts = Object.entries(q.counts).map(([s, n]) => figure(s, n, I18n.term('state', s))).join('');
    $('workspace').innerHTML = `<section class="card wide" id="queue-card">
      <h2 id="ws-title">${esc(t('queue.title', name, state.year))}</h2>
      <div class="figures four" id="queue-counts">${counts}</div>
      <div class="toolbar"><label><input type="checkbox" id="only-problems" ${only ? 'checked' : ''}>
        ${t('queue.onlyProblems')}</label>
        <span class="exports">${t('export.problems')}:
          <button type="button" data-export="problems" data-format="csv">CSV</button>
          <button type="button" data-export="problems" data-format="xlsx">XLSX</button>
          ${t('export.missing')}: <button type="button" data-export="missing" data-format="csv">CSV</button>
          <button type="button" data-export="missing" data-format="xlsx">XLSX</button></span></div>
      <table id="queue"><thead><tr><th>${t('col.code')}</th><th>${t('col.agency')}</th><th>${t('col.status')}</th>
        <th class="num">${t('col.openErrors')}</th><th class="num">${t('col.openFindings')}</th><th>${t('col.approval')}</th>
        <th>${t('col.reason')}</th></tr></thead><tbody>${q.reports.map(queueRow).join('')}</tbody></table>
      <p class="hint" id="queue-empty" hidden>${t('queue.empty')}</p></section>
      ${partsCard(q)}`;
    const filter = () => {
      const on = $('only-problems').checked;
      localStorage.setItem(ONLY_PROBLEMS, String(on));
      let shown = 0;
      for (const tr of $('queue').tBodies[0].rows) {
        tr.hidden = on && tr.dataset.problem !== 'true';
        shown += tr.hidden ? 0 : 1;
      }
      $('queue-empty').hidden = shown > 0;
    };
    $('only-problems').onchange = filter;
    filter();
    for (const tr of $('queue').tBodies[0].rows) tr.onclick = () => { location.hash = `#/${state.year}/report/${tr.dataset.submission}`; };
    document.querySelectorAll('[data-export]').forEach(b => b.onclick = () => download(
      `${API}/exports/${b.dataset.export}?region=${code}&year=${state.year}&format=${b.dataset.format}`,
      `${b.dataset.export}-${code}-${state.year}.${b.dataset.format}`));
    document.querySelectorAll('[data-part-action]').forEach(b => b.onclick = () => decideApproval(
      b.dataset.code, b.dataset.partAction));
    $('csv-link').href = `${API}/regions/${code}/reports?year=${state.year}&format=csv`;
  }

  const queueRow = r => `<tr class="drill" data-code="${r.agencyCode}" data-submission="${r.submissionId}"
      data-state="${r.state}" data-problem="${r.problem}">
    <td>${r.agencyCode}</td><td>${esc(r.agencyName || '')}</td>
    <td class="status-${r.verdict}">${I18n.term('status', r.verdict)}</td>
    <td class="num">${r.openErrors}</td><td class="num">${r.openFindings}</td>
    <td>${approvalBadge({state: r.state})}</td><td class="wrap">${esc(r.reason || '')}</td></tr>`;

  /** The level a city or province reviewer approves: its counties (cities), with their buttons. */
  function partsCard(q) {
    const parts = q.parts.slice(1).filter(p => p.regionCode.length < 9);
    if (!parts.length) return '';
    return `<section class="card wide" id="parts-card"><h2>${t('queue.parts')}</h2>
      <p class="hint">${t('queue.partsHint')}</p><table id="parts"><thead><tr><th>${t('col.code')}</th>
      <th>${t('col.name')}</th><th>${t('col.approval')}</th><th>${t('col.reason')}</th><th>${t('col.actions')}</th></tr></thead>
      <tbody>${parts.map(p => `<tr data-code="${p.regionCode}" data-state="${p.state}"><td>
        <a href="#/${state.year}/queue/${p.regionCode}">${p.regionCode}</a></td><td>${esc(p.name || '')}</td>
        <td>${approvalBadge(p)}</td><td class="wrap">${esc(p.reason || '')}</td><td>
        <button type="button" data-part-action="approve" data-code="${p.regionCode}"
          ${p.state === 'APPROVED' ? 'disabled' : ''}>${t('action.approve')}</button>
        <button type="button" data-part-action="return" data-code="${p.regionCode}"
          ${p.state === 'APPROVED' ? '' : 'disabled'}>${t('action.return')}</button>
        </td></tr>`).join('')}</tbody></table></section>`;
  }

  // ---- one report -----------------------------------------------------------------------------------------------

  async function report(id) {
    const [r, reviews, layout] = await Promise.all([getJson(`/reports/${id}`), getJson(`/reports/${id}/reviews`),
      tables()]);
    state.code = r.agencyCode;
    state.year = r.year;
    $('year').value = r.year;
    const path = await breadcrumb(r.agencyCode);
    const latest = latestDecisions(r, reviews);
    const cells = flatten(r.figures);
    const marks = cellMarks(r.findings, latest);
    $('workspace').innerHTML = `<section class="card wide" id="report-head">
      <h2 id="ws-title">${esc(t('report.title', r.agencyName || r.agencyCode, r.agencyCode, r.year))}</h2>
      <p class="hint">${t('report.submission', r.submissionId)} · ${t('report.received', I18n.dateTime(r.receivedAt))}</p>
      ${r.current ? '' : `<p class="bad">${t('report.notCurrent')}</p>`}
      <div class="figures four">${figure('verdict', statusText(reviews.verdict), t('report.verdict'))}
        ${figure('verdictAfter', statusText(reviews.verdictAfter), t('report.verdictAfter'))}
        ${figure('openErrors', reviews.openErrors, t('report.openErrors'))}
        ${figure('approval', '<span id="own-approval">…</span>', t('col.approval'))}</div>
      <p id="approval-chain"><b>${t('report.approvalChain')}</b> <span id="chain">…</span></p>
      <div class="actions">
        <button type="button" id="open-original">${t('report.original')}</button>
        <button type="button" id="check-sheet">${t('export.checkSheet')}</button>
        <button type="button" id="show-history">${t('report.history')}</button>
        <button type="button" id="approve" class="primary">${t('action.approve')}</button>
        <button type="button" id="return">${t('action.return')}</button>
        <a href="#/${r.year}/queue/${queueRegion(r.agencyCode)}">${t('report.back')}</a></div>
      <ol id="history" hidden></ol></section>
      <div class="ws-split">
        <section class="card" id="findings-card"><h2>${t('report.findings')}</h2>
          <p class="hint">${t('report.findingsHint')}</p>
          <ol id="findings">${r.findings.map((f, n) => findingItem(f, n, latest[n])).join('')
            || `<li>${t('noFindings')}</li>`}</ol></section>
        <section class="card" id="tables-card"><h2>${t('report.tables')}</h2>
          ${layout.filter(tb => shown(tb, cells, marks)).map(tb => tableHtml(tb, cells, marks)).join('')}</section>
        <section class="card" id="original-card" hidden><h2>${t('report.original')}
          <a id="original-tab" target="_blank" rel="noopener"></a></h2><iframe id="original" sandbox></iframe></section>
      </div>`;
    bindReport(r);
    showApprovals(r, path);
  }

  /** The latest decision per finding index. */
  function latestDecisions(r, reviews) {
    const latest = {};
    for (const d of reviews.decisions) if (r.findings[d.finding]?.rule === d.rule) latest[d.finding] = d;
    return latest;
  }

  /** The dotted cell keys a finding points at: its cells, or the cell or row its location names. */
  function findingCells(f) {
    if (f.cells && f.cells.length) return f.cells;
    const l = f.location || {};
    const table = SHORT_TABLES[l.table];
    if (!table || !l.row) return [];
    return [table + '.' + l.row + (l.column ? '.' + l.column : '')];
  }

  /** Per cell key: the findings on it, and the worst open severity. */
  function cellMarks(findings, latest) {
    const marks = {};
    findings.forEach((f, n) => findingCells(f).forEach(key => {
      const m = marks[key] ??= {findings: [], open: null};
      m.findings.push(n);
      const open = latest[n]?.decision !== 'DISMISSED';
      if (open && (m.open !== 'error')) m.open = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : m.open || 'info';
    }));
    return marks;
  }

  const marked = (marks, key) => marks[key] || Object.entries(marks).find(([k]) => key.startsWith(k + '.'))?.[1];

  function shown(table, cells, marks) {
    const has = tb => Object.keys(cells).concat(Object.keys(marks)).some(k => k.startsWith(tb + '.'));
    if (table.key === 'activeDisclosure2019') return has('activeDisclosure2019');
    if (table.key === 'activeDisclosure') return has('activeDisclosure') || !has('activeDisclosure2019');
    return true;
  }

  function tableHtml(table, cells, marks) {
    let head = null, group = null;
    const width = Math.max(...table.rows.map(r => r.cells.length));
    const rows = table.rows.filter(r => !r.optional || r.cells.some(c => c.key in cells || marked(marks, c.key)))
      .map(row => {
        let html = '';
        const sig = row.cells.map(c => c.label).join('|');
        if (sig !== head) {
          head = sig;
          html += `<tr class="subhead"><th>${t('table.rowLabel')}</th>${row.cells.map(c =>
            `<th colspan="${row.cells.length === 1 ? width : 1}">${esc(c.label)}</th>`).join('')}</tr>`;
        }
        if (row.group && row.group !== group) {
          html += `<tr class="group"><th colspan="${width + 1}">${esc(row.group)}</th></tr>`;
        }
        group = row.group;
        return html + `<tr data-row="${table.key}.${row.key}"><th class="label">${esc(row.label)}</th>${row.cells.map(c => {
          const m = marked(marks, c.key);
          const value = c.key in cells ? cells[c.key] ?? '' : '';
          const shownValue = value === '' && m?.open === 'error' ? `<span class="unreadable">?</span>` : esc(value);
          return `<td class="num${m ? ' hl hl-' + (m.open || 'dismissed') : ''}" data-cell="${c.key}"
            ${m ? `data-findings="${m.findings.join(' ')}"` : ''} colspan="${row.cells.length === 1 ? width : 1}"
            title="${esc(c.key)}">${shownValue}</td>`;
        }).join('')}</tr>`;
      }).join('');
    return `<h3>${t('table.' + table.key)}</h3><table class="report-table" data-table="${table.key}">${rows}</table>`;
  }

  function findingItem(f, n, decision) {
    const cells = findingCells(f);
    const correctable = (f.cells || []).length > 0; // a value can be typed for a cell, not for a label or a row
    const decided = decision ? `<span class="decision decision-${decision.decision}">${t('decision.' + decision.decision)}</span>
      <small>${esc(t('decidedBy', decision.decidedBy || '', I18n.dateTime(decision.decidedAt), decision.reason || ''))}</small>`
      : `<span class="decision">${t('decision.none')}</span>`;
    return `<li class="finding sev-${esc(f.severity)}" data-index="${n}" data-rule="${esc(f.rule)}"
        data-decision="${decision?.decision || ''}" data-cells="${esc(cells.join(' '))}">
      <span class="badge sev-${esc(f.severity)}">${I18n.term('severity', f.severity)}</span> <code>${esc(f.rule)}</code>
      <div class="message">${esc(I18n.message(f))}</div>
      <div class="decided">${decided}</div>
      <div class="buttons"><button type="button" data-act="CONFIRMED">${t('action.confirm')}</button>
        <button type="button" data-act="DISMISSED">${t('action.dismiss')}</button>
        ${correctable ? `<button type="button" data-act="correct">${t('action.correct')}</button>` : ''}</div></li>`;
  }

  function bindReport(r) {
    document.querySelectorAll('#findings li.finding').forEach(li => {
      li.onclick = e => { if (!e.target.closest('button')) locate(li); };
      li.querySelectorAll('button[data-act]').forEach(b => b.onclick = () => b.dataset.act === 'correct'
        ? correct(r, li) : review(r, Number(li.dataset.index), b.dataset.act));
    });
    document.querySelectorAll('td[data-findings]').forEach(td => td.onclick = () => {
      const li = document.querySelector(`#findings li[data-index="${td.dataset.findings.split(' ')[0]}"]`);
      li?.scrollIntoView({block: 'nearest'});
      flash([li]);
    });
    $('approve').onclick = () => decideApproval(r.agencyCode, 'approve');
    $('return').onclick = () => decideApproval(r.agencyCode, 'return');
    $('open-original').onclick = () => openOriginal(r);
    $('check-sheet').onclick = () => download(`${API}/reports/${r.submissionId}/check-sheet.pdf`,
      `check-sheet-${r.agencyCode}-${r.year}.pdf`);
    $('show-history').onclick = () => showHistory(r);
  }

  /** Scrolls to a finding's cells and flashes them. */
  function locate(li) {
    document.querySelectorAll('#findings li.selected').forEach(x => x.classList.remove('selected'));
    li.classList.add('selected');
    const tds = li.dataset.cells.split(' ').filter(Boolean).flatMap(key =>
      [...document.querySelectorAll(`td[data-cell="${key}"], tr[data-row="${key}"] td`)]);
    if (!tds.length) return;
    tds[0].scrollIntoView({block: 'center', behavior: 'instant'});
    flash(tds);
  }

  function flash(elements) {
    elements.filter(Boolean).forEach(el => { el.classList.remove('flash-cell'); void el.offsetWidth; el.classList.add('flash-cell'); });
  }

  async function showApprovals(r, path) {
    const own = await getJson(`/approvals?region=${r.agencyCode}&year=${r.year}`).then(a => a[0]).catch(() => null);
    $('own-approval').innerHTML = own ? approvalBadge(own) + (own.reason ? ` <small>${esc(own.reason)}</small>` : '') : '–';
    if (own?.reason) $('own-approval').title = own.reason;
    // approved means locked: return it before deciding anything else on it
    const approved = own?.state === 'APPROVED';
    $('approve').disabled = approved || !r.current;
    $('return').disabled = !approved;
    document.querySelectorAll('#findings button').forEach(b => { b.disabled = approved || !r.current; });
    const levels = await Promise.all(path.filter(p => p.code.length < 9).map(p =>
      getJson(`/rollups/${p.code}?year=${r.year}`).then(x => ({p, a: x.approval})).catch(() => ({p, a: null}))));
    $('chain').innerHTML = [{p: {code: r.agencyCode, name: r.agencyName, level: 'township'}, a: own}].concat(levels.reverse())
      .map(({p, a}) => `<span class="level" data-code="${p.code}">${esc(p.name || p.code)} ${a ? approvalBadge(a) : '–'}</span>`)
      .join(' <span class="sep">›</span> ');
  }

  // ---- decisions ------------------------------------------------------------------------------------------------

  async function review(r, n, decision) {
    const answer = await ask({title: t(decision === 'DISMISSED' ? 'dialog.dismiss' : 'dialog.confirm'),
      reasonRequired: decision === 'DISMISSED'});
    if (!answer) return;
    await act(() => call(`${API}/reports/${r.submissionId}/findings/${n}/review`, {method: 'POST',
      body: {decision, reason: answer.reason}}), t('done.review'));
  }

  async function decideApproval(code, action) {
    let body;
    if (action === 'return') {
      const answer = await ask({title: t('dialog.return'), reasonRequired: true});
      if (!answer) return;
      body = {reason: answer.reason};
    }
    await act(() => call(`${API}/approvals/${code}/${state.year}/${action}`, {method: 'POST', body}),
      t(action === 'approve' ? 'done.approve' : 'done.return'));
  }

  /** A new version of the structured report with one cell corrected: ingest re-validates it like any upload. */
  async function correct(r, li) {
    const key = li.dataset.cells.split(' ')[0];
    const answer = await ask({title: t('dialog.correct'), cell: cellName(key), value: true, reasonRequired: true});
    if (!answer) return;
    const [table, ...rest] = key.split('.');
    const row = TemplateRows.rowKey(layoutOf(table), rest);
    const column = rest.slice(row.split('.').length).join('.') || null;
    try {
      const done = await call(`${await ingestUrl()}/api/v1/submissions/${r.submissionId}/corrections`, {method: 'POST',
        body: {reason: answer.reason, cells: [{table, row, column, value: answer.value}]}});
      toast(t('done.correct', done.version ?? ''));
      await awaitReport(done.submissionId);
      location.hash = `#/${r.year}/report/${done.submissionId}`;
    } catch (e) {
      toast(t('correct.unavailable', e.message), true);
    }
  }

  const layoutOf = key => (template || []).find(tb => tb.key === key);

  /** A cell's name as the template prints it: row label · column label. */
  function cellName(key) {
    for (const tb of template || []) for (const row of tb.rows) for (const c of row.cells) {
      if (c.key === key) return `${t('table.' + tb.key)} · ${row.label} · ${c.label}`;
    }
    return key;
  }

  async function awaitReport(id) {
    for (let i = 0; i < 60; i++) {
      try {
        return await getJson(`/reports/${id}`);
      } catch (e) {
        await new Promise(res => setTimeout(res, 500));
      }
    }
    return null;
  }

  async function act(request, done) {
    try {
      await request();
      toast(done);
      await render();
    } catch (e) {
      toast(t('error', e.message), true);
    }
  }

  // ---- the original, the history, downloads ----------------------------------------------------------------------

  async function openOriginal(r) {
    try {
      const blob = await readable(await fetchBlob(`${await ingestUrl()}/api/v1/submissions/${r.submissionId}/original`));
      const url = URL.createObjectURL(blob);
      $('original-card').hidden = false;
      $('original').src = url;
      $('original-tab').href = url;
      $('original-tab').textContent = '↗';
      $('original-card').scrollIntoView({block: 'nearest'});
    } catch (e) {
      toast(t('error', e.message), true);
    }
  }

  /**
   * A text or HTML original as the browser should read it: ingest serves it as uploaded, without a charset, and
   * offices upload UTF-8 or GB18030/GBK; without one the frame would read the bytes as Latin-1.
   */
  async function readable(blob) {
    if (!/^text\//.test(blob.type) || /charset=/i.test(blob.type)) return blob;
    const bytes = await blob.arrayBuffer();
    let text;
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    } catch (e) {
      text = new TextDecoder('gb18030').decode(bytes);
    }
    return new Blob([text], {type: blob.type.split(';')[0] + '; charset=utf-8'});
  }

  async function showHistory(r) {
    const list = $('history');
    list.hidden = !list.hidden;
    if (list.hidden) return;
    try {
      const versions = await call(`${await ingestUrl()}/api/v1/submissions/${r.submissionId}/versions`);
      const items = Array.isArray(versions) ? versions : versions.versions || [];
      list.innerHTML = items.map(v => `<li data-version="${v.version}"><a href="#/${r.year}/report/${v.submissionId}">
        ${esc(t('history.item', v.version, I18n.dateTime(v.receivedAt), I18n.term('kind', v.kind)))}</a>
        · ${esc([v.submittedBy, v.reason, (v.cells || []).map(c => `${cellName(c.cell)} = ${c.value}`).join('，')]
          .filter(Boolean).join(' · '))} · ${statusText(v.status)}</li>`).join('') || `<li>${t('history.empty')}</li>`;
    } catch (e) {
      list.innerHTML = `<li class="bad">${esc(t('correct.unavailable', e.message))}</li>`;
    }
  }

  async function fetchBlob(url) {
    const headers = token() ? {Authorization: 'Bearer ' + token()} : {};
    const res = await fetch(url, {headers});
    if (!res.ok) throw new Error(`${res.status} ${(await res.json().catch(() => ({}))).detail || ''}`);
    return res.blob();
  }

  /** Authenticated downloads: fetch with the token, then save the blob under a name. */
  async function download(url, name) {
    try {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(await fetchBlob(url));
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
    } catch (e) {
      toast(t('export.failed', e.message), true);
    }
  }

  // ---- small parts ------------------------------------------------------------------------------------------------

  /** The dialog that asks for a reason (and a value, when correcting); resolves null when cancelled. */
  function ask({title, cell, value = false, reasonRequired}) {
    const dialog = $('reason-dialog');
    I18n.apply(dialog);
    $('dialog-title').textContent = title;
    $('dialog-cell').textContent = cell ? t('dialog.cell') + '：' + cell : '';
    $('dialog-value-label').hidden = !value;
    $('dialog-value').value = '';
    $('dialog-reason').value = '';
    $('dialog-error').textContent = '';
    dialog.showModal();
    (value ? $('dialog-value') : $('dialog-reason')).focus();
    return new Promise(resolve => {
      $('dialog-cancel').onclick = () => { dialog.close(); resolve(null); };
      $('reason-form').onsubmit = e => {
        e.preventDefault();
        const answer = {reason: $('dialog-reason').value.trim(), value: $('dialog-value').value.trim()};
        if (value && !answer.value) return void ($('dialog-error').textContent = t('dialog.needValue'));
        if (reasonRequired && !answer.reason) return void ($('dialog-error').textContent = t('dialog.needReason'));
        dialog.close();
        resolve(answer);
      };
    });
  }

  function toast(text, bad = false) {
    const el = $('toast');
    el.textContent = text;
    el.className = bad ? 'bad' : '';
    el.hidden = false;
    clearTimeout(el.timer);
    el.timer = setTimeout(() => { el.hidden = true; }, 5000);
  }

  const statusText = s => `<span class="status-${s}">${I18n.term('status', s)}</span>`;

  /** The queue a report belongs to: its county's (a township's report is decided by its county). */
  const queueRegion = code => claims()?.region && code.startsWith(claims().region) ? claims().region : code.slice(0, 6);

  /** Cells by dotted key from the report's nested figures. */
  function flatten(node, prefix = '', out = {}) {
    for (const [k, v] of Object.entries(node || {})) {
      const key = prefix ? prefix + '.' + k : k;
      if (v !== null && typeof v === 'object') flatten(v, key, out); else out[key] = v;
    }
    return out;
  }

  return {queue, report, flatten};
})();

/** Which part of a cell key is the row: the template's row keys may be dotted themselves (denied.stateSecret). */
const TemplateRows = {
  rowKey(table, rest) {
    const keys = new Set((table?.rows || []).map(r => r.key));
    for (let n = rest.length; n > 0; n--) {
      const candidate = rest.slice(0, n).join('.');
      if (keys.has(candidate)) return candidate;
    }
    return rest[0];
  }
};
