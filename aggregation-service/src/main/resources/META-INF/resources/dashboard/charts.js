// Hand-written SVG charts: no library, no build step.
const Charts = (() => {
  const esc = s => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));

  /** One horizontal bar split into parts [{value, color, label}]. */
  function stackedBar(parts, width = 220, height = 14) {
    const total = parts.reduce((s, p) => s + p.value, 0) || 1;
    let x = 0;
    const rects = parts.map(p => {
      const w = width * p.value / total;
      const r = `<rect x="${x.toFixed(1)}" width="${w.toFixed(1)}" height="${height}" fill="${p.color}"><title>${esc(p.label)}: ${p.value}</title></rect>`;
      x += w;
      return r;
    }).join('');
    return `<svg width="${width}" height="${height}" role="img">${rects}</svg>`;
  }

  /** A ring of parts with the share of the first ones (validated + rejected) written in the middle. */
  function donut(parts, centre, size = 150) {
    const total = parts.reduce((s, p) => s + p.value, 0);
    const r = size / 2 - 12, c = size / 2, circ = 2 * Math.PI * r;
    let offset = 0;
    const arcs = total === 0
      ? `<circle cx="${c}" cy="${c}" r="${r}" fill="none" stroke="#cfd8dc" stroke-width="18"/>`
      : parts.map(p => {
          const len = circ * p.value / total;
          const a = `<circle cx="${c}" cy="${c}" r="${r}" fill="none" stroke="${p.color}" stroke-width="18"
            stroke-dasharray="${len.toFixed(2)} ${(circ - len).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}"
            transform="rotate(-90 ${c} ${c})"><title>${esc(p.label)}: ${p.value}</title></circle>`;
          offset += len;
          return a;
        }).join('');
    const legend = parts.map((p, i) =>
      `<g transform="translate(${size + 10},${22 + i * 20})"><rect width="12" height="12" fill="${p.color}"/>
       <text x="18" y="11" font-size="12">${esc(p.label)} ${p.value}</text></g>`).join('');
    return `<svg width="${size + 170}" height="${size}" role="img">${arcs}
      <text x="${c}" y="${c + 6}" text-anchor="middle" font-size="18" font-weight="bold">${esc(centre)}</text>${legend}</svg>`;
  }

  /** Horizontal bars [{label, value}], longest first. */
  function hbars(items, width = 320) {
    const max = Math.max(1, ...items.map(i => i.value));
    const labelW = 120, barH = 16, gap = 6;
    const rows = items.map((it, k) => {
      const w = (width - labelW - 40) * it.value / max, y = k * (barH + gap);
      return `<text x="0" y="${y + 12}" font-size="12">${esc(it.label)}</text>
        <rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="#c62828"/>
        <text x="${labelW + w + 4}" y="${y + 12}" font-size="12">${it.value}</text>`;
    }).join('');
    return `<svg width="${width}" height="${Math.max(1, items.length) * (barH + gap)}" role="img">${rows}</svg>`;
  }

  /** A line of the last values, newest on the right. */
  function sparkline(values, width = 300, height = 40) {
    if (values.length < 2) return `<svg width="${width}" height="${height}"></svg>`;
    const max = Math.max(1e-9, ...values), step = width / (values.length - 1);
    const pts = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - (height - 4) * v / max).toFixed(1)}`);
    return `<svg width="${width}" height="${height}" role="img"><polyline fill="none" stroke="#1f5fa8" stroke-width="2"
      points="${pts.join(' ')}"/><text x="2" y="10" font-size="10" fill="#607d8b">max ${max.toFixed(2)}/s</text></svg>`;
  }

  return {stackedBar, donut, hbars, sparkline, esc};
})();
