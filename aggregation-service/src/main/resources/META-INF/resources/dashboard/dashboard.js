// Ops dashboard: drill down province → city → county → township; completeness, rejections, pipeline health.
// Routes: #/YEAR (the country), #/YEAR/CODE (a region or township), #/YEAR/report/ID (one report).
const API = '../api/v1';
const COLORS = {validated: '#2e7d32', rejected: '#c62828', missing: '#cfd8dc'};
const $ = id => document.getElementById(id);
const esc = Charts.esc;
const state = {year: new Date().getFullYear() - 1, code: '', view: null, health: [], refreshTimer: null};

// Rollups are public; findings, reports and pipeline health need a bearer token, kept for this tab only.
const TOKEN_KEY = 'disclosure-pipeline.token';
const token = () => sessionStorage.getItem(TOKEN_KEY);

async function getJson(path) {
  const headers = {Accept: 'application/json'};
  if (token()) headers.Authorization = 'Bearer ' + token();
  const r = await fetch(API + path, {headers});
  if (!r.ok) throw new Error(`${path}: ${r.status} ${(await r.json().catch(() => ({}))).detail || ''}`);
  return r.json();
}

function parseRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (/^\d{4}$/.test(parts[0] || '')) state.year = Number(parts[0]);
  state.report = parts[1] === 'report' ? parts[2] : null;
  state.code = state.report ? state.code : (parts[1] || '');
  $('year').value = state.year;
}

const go = code => { location.hash = `#/${state.year}/${code}`; };
const pct = v => v == null ? '–' : (100 * v).toFixed(1) + '%';
const figure = (name, value, label) => `<div class="figure" data-field="${name}"><b>${value}</b><span>${label}</span></div>`;

async function render() {
  parseRoute();
  try {
    if (state.report) return await renderReport(state.report);
    if (state.code.length === 9) return await renderTownship(state.code);
    await renderRegion(state.code);
  } catch (e) {
    $('region-title').textContent = 'Error: ' + e.message;
  }
}

async function breadcrumb(code) {
  const path = code ? (await getJson(`/regions/${code}`)).path : [];
  $('breadcrumb').innerHTML = [`<a href="#/${state.year}">China</a>`]
    .concat(path.map(r => `<a href="#/${state.year}/${r.code}" data-code="${r.code}">${esc(r.name)}</a>`))
    .join('<span class="sep">›</span>');
  return path;
}

async function renderRegion(code) {
  const y = state.year;
  const path = await breadcrumb(code);
  const childLevel = {0: 'province', 2: 'city', 4: 'county', 6: 'township'}[code.length];
  const [rollup, rejections] = await Promise.all([
    code ? getJson(`/rollups/${code}?year=${y}`) : null,
    code ? getJson(`/regions/${code}/rejections?year=${y}`).catch(e => e) : []]);
  const name = code ? path[path.length - 1].name : 'China';
  $('region-title').textContent = `${name} ${code} · ${y}`;
  if (childLevel === 'township') {
    const agencies = await getJson(`/regions/${code}/reports?year=${y}`).catch(e => signInHint(e, []));
    renderTownshipList(agencies);
    $('csv-link').href = `${API}/regions/${code}/reports?year=${y}&format=csv`;
  } else {
    const children = await getJson(`/rollups?level=${childLevel}&year=${y}${code ? '&parent=' + code : ''}`);
    renderChildren(children, childLevel);
    $('csv-link').href = `${API}/rollups?level=${childLevel}&year=${y}${code ? '&parent=' + code : ''}&format=csv`;
    if (!code) summariseCountry(children);
  }
  if (rollup) renderSummary(rollup);
  renderRejections(rejections);
}

function renderSummary(r) {
  const c = r.completeness;
  $('completeness').innerHTML = `<div class="figures">
    ${figure('expected', c.expected, 'townships expected')}${figure('submitted', c.submitted, 'submitted')}
    ${figure('validated', c.validated, 'validated')}${figure('rejected', c.rejected, 'rejected')}
    ${figure('onTime', c.onTime, 'on time (due ' + c.dueOn + ')')}${figure('missing', c.missingCount, 'missing')}</div>`;
  $('completeness-chart').innerHTML = Charts.donut([
    {value: c.validated, color: COLORS.validated, label: 'validated'},
    {value: c.rejected, color: COLORS.rejected, label: 'rejected'},
    {value: c.missingCount, color: COLORS.missing, label: 'missing'}], pct(c.reportedShare));
  const f = r.figures.applications || {};
  const cell = (row, col = 'total') => (f[row] || {})[col] ?? '–';
  $('rates').innerHTML = `<div class="figures">
    ${figure('newReceived', cell('newReceived'), 'applications received')}
    ${figure('grantedShare', pct(r.rates.grantedShare), 'granted')}
    ${figure('reviewCorrectionRate', pct(r.rates.reviewCorrectionRate), 'reviews corrected')}
    ${figure('litigationCorrectionRate', pct(r.rates.litigationCorrectionRate), 'lawsuits corrected')}</div>`;
  const missing = c.missing || [];
  $('missing-count').textContent = `(${c.missingCount})`;
  $('missing').innerHTML = missing.slice(0, 500).map(a =>
    `<li><a href="#/${state.year}/${a.code}">${esc(a.name)}</a> <small>${a.code}</small></li>`).join('')
    + (missing.length > 500 ? `<li>… ${missing.length - 500} more</li>` : '');
}

function summariseCountry(children) {
  const sum = k => children.reduce((s, c) => s + c.completeness[k], 0);
  renderSummary({completeness: {expected: sum('expected'), submitted: sum('submitted'), validated: sum('validated'),
    rejected: sum('rejected'), onTime: sum('onTime'), missingCount: sum('missingCount'),
    reportedShare: sum('expected') ? 1 - sum('missingCount') / sum('expected') : null,
    dueOn: children[0]?.completeness.dueOn, missing: []}, rates: {}, figures: {}});
  $('missing').innerHTML = '<li>Choose a province to name the missing agencies.</li>';
}

function renderChildren(children, level) {
  $('children-title').textContent = `${level[0].toUpperCase() + level.slice(1)} rollups (${children.length})`;
  $('children-hint').textContent = 'Click a row to drill down. Bars: validated · rejected · missing townships.';
  $('children').tHead.innerHTML = `<tr><th>Code</th><th>Name</th><th>Completeness</th><th class="num">Expected</th>
    <th class="num">Validated</th><th class="num">Rejected</th><th class="num">Missing</th><th class="num">On time</th>
    <th class="num">Received</th><th class="num">Granted</th></tr>`;
  $('children').tBodies[0].innerHTML = children.map(r => {
    const c = r.completeness, recv = ((r.figures.applications || {}).newReceived || {}).total ?? '–';
    return `<tr class="drill" data-code="${r.regionCode}" data-validated="${c.validated}">
      <td>${r.regionCode}</td><td>${esc(r.name)}</td>
      <td>${Charts.stackedBar([{value: c.validated, color: COLORS.validated, label: 'validated'},
        {value: c.rejected, color: COLORS.rejected, label: 'rejected'},
        {value: c.missingCount, color: COLORS.missing, label: 'missing'}])}</td>
      <td class="num">${c.expected}</td><td class="num">${c.validated}</td><td class="num">${c.rejected}</td>
      <td class="num">${c.missingCount}</td><td class="num">${c.onTime}</td><td class="num">${recv}</td>
      <td class="num">${pct(r.rates.grantedShare)}</td></tr>`;
  }).join('');
  bindDrill();
}

function renderTownshipList(agencies) {
  $('children-title').textContent = `Townships (${agencies.length})`;
  $('children-hint').textContent = 'Click a township for its findings.';
  $('children').tHead.innerHTML = '<tr><th>Code</th><th>Agency</th><th>Status</th><th>Received</th><th>On time</th><th class="num">Errors</th><th class="num">Warnings</th></tr>';
  $('children').tBodies[0].innerHTML = agencies.map(a => `<tr class="drill" data-code="${a.agencyCode}" data-status="${a.status}">
    <td>${a.agencyCode}</td><td>${esc(a.agencyName || '')}</td><td class="status-${a.status}">${a.status}</td>
    <td>${a.receivedAt ? a.receivedAt.slice(0, 16).replace('T', ' ') : ''}</td>
    <td>${a.onTime == null ? '' : a.onTime ? 'yes' : 'late'}</td><td class="num">${a.errors}</td><td class="num">${a.warnings}</td></tr>`).join('');
  bindDrill();
}

function bindDrill() {
  for (const tr of $('children').tBodies[0].rows) tr.onclick = () => go(tr.dataset.code);
}

function signInHint(error, fallback) {
  $('children-hint').textContent = (token() ? 'Not allowed with this token: ' : 'Sign in to see findings: ') + error.message;
  return fallback;
}

function renderRejections(reasons) {
  if (reasons instanceof Error) {
    $('rejections-chart').innerHTML = '';
    $('rejections').innerHTML = `<p class="hint">${esc((token() ? 'Not allowed with this token: ' : 'Sign in to see the reasons: ') + reasons.message)}</p>`;
    return;
  }
  $('rejections-chart').innerHTML = reasons.length ? Charts.hbars(reasons.map(r => ({label: r.rule, value: r.reports}))) : '';
  $('rejections').innerHTML = reasons.length ? reasons.map(r => `<div class="reason" data-rule="${esc(r.rule)}">
    <b>${esc(r.rule)}</b> · ${r.reports} report(s) · <small>${esc(r.example || '')}</small><br>
    ${r.agencies.slice(0, 12).map(a => `<a href="#/${state.year}/report/${a.submissionId}">${esc(a.agencyName || a.agencyCode)}</a>`).join('')}
    ${r.agencies.length > 12 ? '…' : ''}</div>`).join('') : '<p class="hint">No rejected reports here.</p>';
}

async function renderTownship(code) {
  const path = await breadcrumb(code);
  const [agency] = await getJson(`/regions/${code}/reports?year=${state.year}`);
  $('region-title').textContent = `${path[path.length - 1].name} ${code} · ${state.year}`;
  renderAgency(agency);
}

async function renderReport(id) {
  const r = await getJson(`/reports/${id}`);
  state.code = r.agencyCode;
  await breadcrumb(r.agencyCode);
  $('region-title').textContent = `Report ${id.slice(0, 8)}… of ${r.agencyName || r.agencyCode} · ${r.year}`;
  renderAgency({status: r.verdict, receivedAt: r.receivedAt, findings: r.findings, submissionId: r.submissionId,
    errors: r.findings.filter(f => f.severity === 'error').length, current: r.current});
}

function renderAgency(a) {
  $('completeness').innerHTML = `<div class="figures">${figure('status', `<span class="status-${a.status}">${a.status}</span>`, 'status')}
    ${figure('received', a.receivedAt ? a.receivedAt.slice(0, 10) : '–', 'received')}
    ${figure('errors', a.errors ?? 0, 'errors')}</div>`;
  $('completeness-chart').innerHTML = a.submissionId ? `<a href="${API}/reports/${a.submissionId}">report JSON</a>` : '';
  $('rates').innerHTML = '';
  $('children-title').textContent = 'Findings';
  $('children-hint').textContent = a.status === 'MISSING' ? 'No report received yet.' : 'Rules of the current submission that did not pass.';
  $('children').tHead.innerHTML = '<tr><th>Rule</th><th>Severity</th><th>Message</th></tr>';
  $('children').tBodies[0].innerHTML = (a.findings || []).map(f => `<tr><td><code>${esc(f.rule)}</code></td>
    <td>${esc(f.severity)}</td><td style="white-space:normal">${esc(f.message)}<br><small>${esc(f.messageZh || '')}</small></td></tr>`).join('')
    || '<tr><td colspan="3">No findings.</td></tr>';
  $('missing-count').textContent = '';
  $('missing').innerHTML = '<li>—</li>';
  renderRejections([]);
}

async function refreshHealth() {
  try {
    const h = await getJson('/ops/pipeline');
    state.health.push(h.outcomesPerSecond);
    state.health = state.health.slice(-60);
    const topics = m => Object.entries(m).map(([t, n]) => `${esc(t)}: <b>${n}</b>`).join(' · ') || '–';
    $('health').innerHTML = `<div class="figures">
      ${figure('eventsPerSecond', h.outcomesPerSecond.toFixed(2), 'verdicts/s (1 min)')}
      ${figure('lag', h.totalLag, 'consumer lag')}${figure('deadLetters', h.totalDeadLetters, 'dead letters')}</div>
      <p class="hint">lag: ${topics(h.consumerLag)}<br>dead letters: ${topics(h.deadLetters)}
      ${h.brokerError ? '<br>broker: ' + esc(h.brokerError) : ''}</p>`;
    $('health-chart').innerHTML = Charts.sparkline(state.health);
  } catch (e) {
    $('health').textContent = token() ? 'unavailable: ' + e.message : 'Sign in as a viewer to see pipeline health.';
  }
}

function connectLive() {
  const source = new EventSource(`${API}/rollups/stream`);
  source.onopen = () => { $('live').className = 'live on'; };
  source.onerror = () => { $('live').className = 'live off'; };
  source.onmessage = msg => {
    const e = JSON.parse(msg.data);
    const item = document.createElement('li');
    item.textContent = `${new Date(e.changedAt).toLocaleTimeString()} ${e.level} ${e.regionCode} (${e.year}): ` +
      `${e.validatedReports} validated, ${e.rejectedReports} rejected`;
    $('events').prepend(item);
    while ($('events').children.length > 50) $('events').lastChild.remove();
    const here = state.code;
    const onScreen = e.year === state.year && !state.report &&
      (here === '' || e.regionCode.startsWith(here) || here.startsWith(e.regionCode));
    if (onScreen) {
      clearTimeout(state.refreshTimer); // a report changes three rollups at once: refresh once
      state.refreshTimer = setTimeout(() => render().then(() => flash(e.regionCode)), 300);
    }
  };
}

function flash(code) {
  document.querySelectorAll(`tr[data-code="${code}"], .figure`).forEach(el => {
    el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash');
  });
}

function showSignedIn() {
  const t = token();
  let who = '';
  try {
    const claims = JSON.parse(atob(t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    who = `${claims.sub} (${(claims.groups || []).join(', ')}${claims.region ? ' · ' + claims.region : ''})`;
  } catch (e) {
    who = 'token';
  }
  $('signin').hidden = !!t;
  $('who').hidden = $('signout').hidden = !t;
  $('who').textContent = t ? 'signed in: ' + who : '';
}

$('signin').onsubmit = e => {
  e.preventDefault();
  const t = $('token').value.trim();
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  $('token').value = '';
  showSignedIn(); render(); refreshHealth();
};
$('signout').onclick = () => { sessionStorage.removeItem(TOKEN_KEY); showSignedIn(); render(); refreshHealth(); };
showSignedIn();
$('year').onchange = () => { state.year = Number($('year').value); location.hash = `#/${state.year}/${state.code}`; };
window.onhashchange = render;
render();
connectLive();
refreshHealth();
setInterval(refreshHealth, 5000);
