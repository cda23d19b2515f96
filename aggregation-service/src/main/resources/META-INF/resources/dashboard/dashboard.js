// Ops dashboard: drill down province → city → county → township; completeness, rejections, pipeline health.
// Routes: #/YEAR (the country), #/YEAR/CODE (a region or township), #/YEAR/report/ID (one report, in the reviewer's
// workspace: workspace.js), #/YEAR/queue/CODE (a reviewer's queue). Every string comes from i18n.js.
const API = '../api/v1';
const t = I18n.t;
const COLORS = {validated: '#2e7d32', rejected: '#c62828', missing: '#cfd8dc'};
const $ = id => document.getElementById(id);
const esc = Charts.esc;
const state = {year: null, code: '', view: null, health: [], refreshTimer: null};

// Rollups are public; findings, reports and pipeline health need a bearer token, kept for this tab only.
const TOKEN_KEY = 'disclosure-pipeline.token';
const token = () => sessionStorage.getItem(TOKEN_KEY);

async function getJson(path) {
  return call(API + path);
}

/** A JSON request with the signed-in token; a refusal becomes an Error carrying the problem's detail. */
async function call(url, {method = 'GET', body} = {}) {
  const headers = {Accept: 'application/json'};
  if (token()) headers.Authorization = 'Bearer ' + token();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(url, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  if (!r.ok) {
    const problem = await r.json().catch(() => ({}));
    const error = new Error(`${r.status} ${problem.errors?.[0]?.reason || problem.detail || problem.title || ''}`);
    error.status = r.status;
    throw error;
  }
  return r.status === 204 ? null : r.json();
}

/** The token's claims (sub, groups, region), or null. */
function claims() {
  try {
    return JSON.parse(decodeURIComponent(escape(atob(token().split('.')[1].replace(/-/g, '+').replace(/_/g, '/')))));
  } catch (e) {
    return null;
  }
}

/** Opens on the latest year that has reports (the README's samples are 2024), unless the address names one. */
async function latestYear() {
  const years = await getJson('/years').then(y => y.years).catch(() => []);
  return years[0] ?? new Date().getFullYear() - 1;
}

function parseRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (/^\d{4}$/.test(parts[0] || '')) state.year = Number(parts[0]);
  state.report = parts[1] === 'report' ? parts[2] : null;
  state.queue = parts[1] === 'queue' ? parts[2] || '' : null;
  state.code = state.report ? state.code : state.queue ?? (parts[1] || '');
  $('year').value = state.year;
}

const go = code => { location.hash = `#/${state.year}/${code}`; };
const pct = v => v == null ? '–' : (100 * v).toFixed(1) + '%';
const figure = (name, value, label) => `<div class="figure" data-field="${name}"><b>${value}</b><span>${label}</span></div>`;

async function render() {
  parseRoute();
  if (state.year == null) {
    state.year = await latestYear();
    $('year').value = state.year;
  }
  if (claims()?.region) $('queue-link').href = `#/${state.year}/queue/${claims().region}`;
  const inWorkspace = state.report != null || state.queue != null;
  $('overview').hidden = inWorkspace;
  $('workspace').hidden = !inWorkspace;
  try {
    if (state.report) return await Workspace.report(state.report);
    if (state.queue != null) return await Workspace.queue(state.queue);
    if (state.code.length === 9) return await renderTownship(state.code);
    await renderRegion(state.code);
  } catch (e) {
    (inWorkspace ? $('workspace') : $('region-title')).textContent = t('error', e.message);
  }
}

async function breadcrumb(code) {
  const path = code ? (await getJson(`/regions/${code}`)).path : [];
  $('breadcrumb').innerHTML = [`<a href="#/${state.year}">${t('country')}</a>`]
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
  const name = code ? path[path.length - 1].name : t('country');
  $('region-title').innerHTML = `${esc(name)} ${code} · ${y}` + (code ? ` <a class="to-queue" href="#/${y}/queue/${code}">${t('queue.workspace')}</a>` : '');
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
    ${figure('expected', c.expected, t('fig.expected'))}${figure('submitted', c.submitted, t('fig.submitted'))}
    ${figure('validated', c.validated, t('fig.validated'))}${figure('rejected', c.rejected, t('fig.rejected'))}
    ${figure('onTime', c.onTime, t('fig.onTime', c.dueOn ? I18n.date(c.dueOn) : '–'))}${figure('missing', c.missingCount, t('fig.missing'))}</div>`;
  $('completeness-chart').innerHTML = Charts.donut([
    {value: c.validated, color: COLORS.validated, label: t('fig.validated')},
    {value: c.rejected, color: COLORS.rejected, label: t('fig.rejected')},
    {value: c.missingCount, color: COLORS.missing, label: t('fig.missing')}], pct(c.reportedShare));
  const f = r.figures.applications || {};
  const cell = (row, col = 'total') => (f[row] || {})[col] ?? '–';
  $('rates').innerHTML = `<div class="figures">
    ${figure('newReceived', cell('newReceived'), t('fig.received'))}
    ${figure('grantedShare', pct(r.rates.grantedShare), t('fig.granted'))}
    ${figure('reviewCorrectionRate', pct(r.rates.reviewCorrectionRate), t('fig.reviewCorrected'))}
    ${figure('litigationCorrectionRate', pct(r.rates.litigationCorrectionRate), t('fig.litigationCorrected'))}</div>`;
  const missing = c.missing || [];
  $('missing-count').textContent = `(${c.missingCount})`;
  $('missing').innerHTML = missing.slice(0, 500).map(a =>
    `<li><a href="#/${state.year}/${a.code}">${esc(a.name)}</a> <small>${a.code}</small></li>`).join('')
    + (missing.length > 500 ? `<li>${t('more', missing.length - 500)}</li>` : '');
}

function summariseCountry(children) {
  const sum = k => children.reduce((s, c) => s + c.completeness[k], 0);
  renderSummary({completeness: {expected: sum('expected'), submitted: sum('submitted'), validated: sum('validated'),
    rejected: sum('rejected'), onTime: sum('onTime'), missingCount: sum('missingCount'),
    reportedShare: sum('expected') ? 1 - sum('missingCount') / sum('expected') : null,
    dueOn: children[0]?.completeness.dueOn, missing: []}, rates: {}, figures: {}});
  $('missing').innerHTML = `<li>${t('chooseProvince')}</li>`;
}

function renderChildren(children, level) {
  $('children-title').textContent = t('rollups.title', t('level.' + level), children.length);
  $('children-hint').textContent = t('rollups.hint');
  $('children').tHead.innerHTML = `<tr><th>${t('col.code')}</th><th>${t('col.name')}</th><th>${t('col.completeness')}</th>
    <th class="num">${t('col.expected')}</th><th class="num">${t('col.validated')}</th><th class="num">${t('col.rejected')}</th>
    <th class="num">${t('col.missing')}</th><th class="num">${t('col.onTime')}</th><th class="num">${t('col.received')}</th>
    <th class="num">${t('col.granted')}</th><th>${t('col.approval')}</th></tr>`;
  $('children').tBodies[0].innerHTML = children.map(r => {
    const c = r.completeness, recv = ((r.figures.applications || {}).newReceived || {}).total ?? '–';
    return `<tr class="drill" data-code="${r.regionCode}" data-validated="${c.validated}">
      <td>${r.regionCode}</td><td>${esc(r.name)}</td>
      <td>${Charts.stackedBar([{value: c.validated, color: COLORS.validated, label: t('fig.validated')},
        {value: c.rejected, color: COLORS.rejected, label: t('fig.rejected')},
        {value: c.missingCount, color: COLORS.missing, label: t('fig.missing')}])}</td>
      <td class="num">${c.expected}</td><td class="num">${c.validated}</td><td class="num">${c.rejected}</td>
      <td class="num">${c.missingCount}</td><td class="num">${c.onTime}</td><td class="num">${recv}</td>
      <td class="num">${pct(r.rates.grantedShare)}</td><td>${approvalBadge(r.approval)}</td></tr>`;
  }).join('');
  bindDrill();
}

function renderTownshipList(agencies) {
  $('children-title').textContent = t('townships.title', agencies.length);
  $('children-hint').textContent = t('townships.hint');
  $('children').tHead.innerHTML = `<tr><th>${t('col.code')}</th><th>${t('col.agency')}</th><th>${t('col.status')}</th>
    <th>${t('col.receivedAt')}</th><th>${t('col.onTime')}</th><th class="num">${t('col.errors')}</th><th class="num">${t('col.warnings')}</th></tr>`;
  $('children').tBodies[0].innerHTML = agencies.map(a => `<tr class="drill" data-code="${a.agencyCode}" data-status="${a.status}">
    <td>${a.agencyCode}</td><td>${esc(a.agencyName || '')}</td><td class="status-${a.status}">${I18n.term('status', a.status)}</td>
    <td>${a.receivedAt ? I18n.dateTime(a.receivedAt) : ''}</td>
    <td>${a.onTime == null ? '' : a.onTime ? t('yes') : t('late')}</td><td class="num">${a.errors}</td><td class="num">${a.warnings}</td></tr>`).join('');
  bindDrill();
}

function bindDrill() {
  for (const tr of $('children').tBodies[0].rows) tr.onclick = () => go(tr.dataset.code);
}

function signInHint(error, fallback) {
  $('children-hint').textContent = t(token() ? 'notAllowed' : 'signInForFindings', error.message);
  return fallback;
}

function renderRejections(reasons) {
  if (reasons instanceof Error) {
    $('rejections-chart').innerHTML = '';
    $('rejections').innerHTML = `<p class="hint">${esc(t(token() ? 'notAllowed' : 'signInForReasons', reasons.message))}</p>`;
    return;
  }
  $('rejections-chart').innerHTML = reasons.length ? Charts.hbars(reasons.map(r => ({label: r.rule, value: r.reports}))) : '';
  $('rejections').innerHTML = reasons.length ? reasons.map(r => `<div class="reason" data-rule="${esc(r.rule)}">
    <b>${esc(r.rule)}</b> · ${t('reports', r.reports)} · <small>${esc(I18n.message({message: r.example, messageZh: r.exampleZh}) || '')}</small><br>
    ${r.agencies.slice(0, 12).map(a => `<a href="#/${state.year}/report/${a.submissionId}">${esc(a.agencyName || a.agencyCode)}</a>`).join('')}
    ${r.agencies.length > 12 ? '…' : ''}</div>`).join('') : `<p class="hint">${t('noRejections')}</p>`;
}

async function renderTownship(code) {
  const path = await breadcrumb(code);
  const [agency] = await getJson(`/regions/${code}/reports?year=${state.year}`);
  $('region-title').textContent = `${path[path.length - 1].name} ${code} · ${state.year}`;
  renderAgency(agency);
}

function renderAgency(a) {
  $('completeness').innerHTML = `<div class="figures">${figure('status', `<span class="status-${a.status}">${I18n.term('status', a.status)}</span>`, t('fig.status'))}
    ${figure('received', I18n.date(a.receivedAt), t('fig.receivedAt'))}
    ${figure('errors', a.errors ?? 0, t('fig.errors'))}</div>`;
  $('completeness-chart').innerHTML = a.submissionId
    ? `<a class="button" href="#/${state.year}/report/${a.submissionId}">${t('queue.workspace')}</a>` : '';
  $('rates').innerHTML = '';
  $('children-title').textContent = t('findings');
  $('children-hint').textContent = a.status === 'MISSING' ? t('noReport') : t('findings.hint');
  $('children').tHead.innerHTML = `<tr><th>${t('col.rule')}</th><th>${t('col.severity')}</th><th>${t('col.message')}</th></tr>`;
  $('children').tBodies[0].innerHTML = (a.findings || []).map(f => `<tr data-severity="${esc(f.severity)}"><td><code>${esc(f.rule)}</code></td>
    <td>${I18n.term('severity', f.severity)}</td><td style="white-space:normal">${esc(I18n.message(f))}</td></tr>`).join('')
    || `<tr><td colspan="3">${t('noFindings')}</td></tr>`;
  $('missing-count').textContent = '';
  $('missing').innerHTML = '<li>—</li>';
  renderRejections([]);
}

async function refreshHealth() {
  try {
    const h = await getJson('/ops/pipeline');
    state.health.push(h.outcomesPerSecond);
    state.health = state.health.slice(-60);
    const topics = m => Object.entries(m).map(([k, n]) => `${esc(k)}: <b>${n}</b>`).join(' · ') || '–';
    $('health').innerHTML = `<div class="figures">
      ${figure('eventsPerSecond', h.outcomesPerSecond.toFixed(2), t('fig.verdictsPerSecond'))}
      ${figure('lag', h.totalLag, t('fig.lag'))}${figure('deadLetters', h.totalDeadLetters, t('fig.deadLetters'))}</div>
      <p class="hint">${t('health.lag', topics(h.consumerLag))}<br>${t('health.dead', topics(h.deadLetters))}
      ${h.brokerError ? '<br>' + t('health.broker', esc(h.brokerError)) : ''}</p>`;
    $('health-chart').innerHTML = Charts.sparkline(state.health);
  } catch (e) {
    $('health').textContent = !token() ? t('signInForHealth') : e.status === 403 ? t('health.forbidden')
      : t('unavailable', e.message);
  }
}

function connectLive() {
  const source = new EventSource(`${API}/rollups/stream`);
  source.onopen = () => { $('live').className = 'live on'; };
  source.onerror = () => { $('live').className = 'live off'; };
  source.onmessage = msg => {
    const e = JSON.parse(msg.data);
    const item = document.createElement('li');
    item.textContent = t('event', I18n.time(e.changedAt), t('level.' + e.level), e.regionCode, e.year,
      e.validatedReports, e.rejectedReports);
    $('events').prepend(item);
    while ($('events').children.length > 50) $('events').lastChild.remove();
    const here = state.code;
    const onScreen = e.year === state.year && !state.report && state.queue == null &&
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
  const signedIn = !!token(), c = claims();
  const who = c ? `${c.sub} (${(c.groups || []).join(', ')}${c.region ? ' · ' + c.region : ''})` : 'token';
  $('signin').hidden = signedIn;
  $('who').hidden = $('signout').hidden = !signedIn;
  $('who').textContent = signedIn ? t('signedIn', who) : '';
  // a reviewer (or submitter) works in its region: one click to its queue
  $('queue-link').hidden = !(signedIn && c?.region);
  if (c?.region) $('queue-link').href = `#/${state.year ?? ''}/queue/${c.region}`;
}

/** Approval state as a badge, e.g. from a rollup's {state, approved, returned, awaiting}. */
function approvalBadge(a) {
  if (!a) return '';
  const parts = a.approved != null && (a.approved + a.returned + a.awaiting) > 0
    ? ` <small>${a.approved}/${a.approved + a.returned + a.awaiting}</small>` : '';
  return `<span class="badge state-${a.state}" data-state="${a.state}">${I18n.term('state', a.state)}</span>${parts}`;
}

$('lang').onclick = () => {
  I18n.set(I18n.lang() === 'zh' ? 'en' : 'zh');
  showSignedIn(); render(); refreshHealth();
};
$('signin').onsubmit = e => {
  e.preventDefault();
  const pasted = $('token').value.trim();
  if (pasted) sessionStorage.setItem(TOKEN_KEY, pasted);
  $('token').value = '';
  showSignedIn(); render(); refreshHealth();
};
$('signout').onclick = () => { sessionStorage.removeItem(TOKEN_KEY); showSignedIn(); render(); refreshHealth(); };
I18n.apply();
showSignedIn();
$('year').onchange = () => {
  state.year = Number($('year').value);
  location.hash = state.queue != null ? `#/${state.year}/queue/${state.queue}` : `#/${state.year}/${state.code}`;
};
window.onhashchange = render;
// workspace.js loads after this file: start once every script is there
window.addEventListener('DOMContentLoaded', () => {
  render();
  connectLive();
  refreshHealth();
  setInterval(refreshHealth, 5000);
});
