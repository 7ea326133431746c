/**
 * The report page's script, inline. It reads the two JSON blocks the page
 * embeds, builds every node with createElement/textContent (never markup
 * from data, so a ledger string can only ever be text), and redraws the
 * filtered sections when a filter changes. Plain ES2017 with no template
 * literals, so it sits in this string as written.
 */
export const REPORT_SCRIPT = String.raw`
(function () {
  'use strict';
  var MAX_BARS = 4000;
  var MAX_ROWS = 2000;
  function byId(id) { return document.getElementById(id); }
  var grants = JSON.parse(byId('grants-data').textContent);
  var meta = JSON.parse(byId('report-meta').textContent);
  var interval = meta.intervalMs;
  var now = meta.now;

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v === null || v === undefined) return;
        if (k === 'text') node.textContent = String(v);
        else if (k === 'cls') node.className = v;
        else node.setAttribute(k, String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function when(ms) {
    if (ms === null || ms === undefined) return '';
    var d = new Date(ms);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ' UTC';
  }
  function day(ms) { var d = new Date(ms); return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()); }
  function dur(ms) {
    if (ms === null || ms === undefined || !isFinite(ms)) return '';
    var s = Math.round(ms / 1000), out = [];
    var d = Math.floor(s / 86400); s -= d * 86400;
    var h = Math.floor(s / 3600); s -= h * 3600;
    var m = Math.floor(s / 60); s -= m * 60;
    if (d) out.push(d + ' d');
    if (h) out.push(h + ' h');
    if (m) out.push(m + ' min');
    if (s && !d) out.push(s + ' s');
    return out.length ? out.join(' ') : '0 s';
  }
  function uniq(list) { var seen = {}, out = []; list.forEach(function (x) { if (!Object.prototype.hasOwnProperty.call(seen, x)) { seen[x] = 1; out.push(x); } }); return out.sort(); }
  function table(caption, heads, rows, numeric) {
    var head = el('tr', null, heads.map(function (h) { return el('th', { scope: 'col', text: h }); }));
    var body = rows.map(function (r) {
      return el('tr', null, r.map(function (c, i) { return el('td', { cls: numeric && numeric.indexOf(i) >= 0 ? 'num' : null }, [c === null || c === undefined ? '' : c]); }));
    });
    return el('div', { cls: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption }, [el('table', null, [el('caption', { text: caption }), el('thead', null, [head]), el('tbody', null, body)])]);
  }
  function empty(text) { return el('p', { cls: 'note', text: text }); }

  /* Filters */
  var person = byId('f-person'), target = byId('f-target'), profile = byId('f-profile'), group = byId('f-group');
  function fill(select, values) { values.forEach(function (v) { select.appendChild(el('option', { value: v, text: v })); }); }
  fill(person, uniq(grants.map(function (g) { return g.p; })));
  fill(target, uniq([].concat.apply([], grants.map(function (g) { return g.tg; })).concat(meta.alerts.map(function (a) { return a.target; }), meta.drift.map(function (d) { return d.target; }))));
  fill(profile, uniq(grants.map(function (g) { return g.pf; })));
  function matches(g) {
    return (person.value === '' || g.p === person.value) && (target.value === '' || g.tg.indexOf(target.value) >= 0) && (profile.value === '' || g.pf === profile.value);
  }
  function endOf(g) { return g.e !== null ? g.e : Math.max(now, g.s === null ? now : g.s); }
  function lateBy(g) {
    if (g.st === 'revoked') return g.lt === null ? 0 : g.lt;
    if (g.x === null) return Infinity;
    return Math.max(0, now - g.x);
  }

  /* Timeline: one bar per grant per lane; by person that is one bar per grant. */
  function renderTimeline(shown) {
    var lanesNode = clear(byId('lanes'));
    var t0 = meta.since, t1 = meta.until;
    if (t0 === null) {
      t0 = t1;
      shown.forEach(function (g) { if (g.s !== null && g.s < t0) t0 = g.s; });
    }
    if (!(t1 > t0)) t1 = t0 + 3600000;
    var span = t1 - t0;
    var axis = el('div', { cls: 'axis', 'aria-hidden': 'true' });
    // Days when the period is long, hours when it is a few days or less.
    for (var i = 0; i <= 4; i += 1) axis.appendChild(el('span', { text: span > 4 * 86400000 ? day(t0 + (span * i) / 4) : when(t0 + (span * i) / 4) }));
    lanesNode.appendChild(axis);
    var byPerson = group.value !== 'target';
    var lanes = {}, order = [];
    shown.forEach(function (g) {
      var keys = byPerson ? [g.p] : g.tg;
      keys.forEach(function (k) {
        if (!Object.prototype.hasOwnProperty.call(lanes, k)) { lanes[k] = []; order.push(k); }
        lanes[k].push(g);
      });
    });
    order.sort();
    var drawn = 0, skipped = 0;
    order.forEach(function (k) {
      var track = el('div', { cls: 'track', role: 'list', 'aria-label': (byPerson ? 'Grants of ' : 'Grants on ') + k });
      // Overlapping grants of one lane go on rows of their own, so no bar hides another.
      var rowEnds = [];
      lanes[k].sort(function (a, b) { return (a.s === null ? t0 : a.s) - (b.s === null ? t0 : b.s); });
      lanes[k].forEach(function (g) {
        if (drawn >= MAX_BARS) { skipped += 1; return; }
        drawn += 1;
        var s = g.s === null ? t0 : Math.max(g.s, t0);
        var e = Math.min(endOf(g), t1);
        var row = 0;
        while (row < rowEnds.length && rowEnds[row] > s) row += 1;
        rowEnds[row] = e + span / 400;
        var live = g.st !== 'revoked';
        var late = lateBy(g) > interval;
        var cls = 'bar' + (live ? ' live' : '') + (g.bg === 1 ? ' bg' : '') + (late ? ' late' : '');
        var label = g.id + ': ' + g.p + ' on ' + g.tg.join(', ') + ', ' + when(g.s) + ' to ' + (live ? 'still live' : when(g.e)) +
          (g.bg === 1 ? ', break-glass' : '') + (late ? ', revoked late' : '');
        var bar = el('div', { cls: cls, role: 'listitem', 'data-request': g.id, title: label, 'aria-label': label });
        bar.style.left = ((s - t0) / span) * 100 + '%';
        bar.style.width = Math.max(0, ((e - s) / span) * 100) + '%';
        bar.style.top = 0.2 + row * 1.4 + 'rem';
        track.appendChild(bar);
      });
      track.style.height = 0.4 + Math.max(1, rowEnds.length) * 1.4 + 'rem';
      lanesNode.appendChild(el('div', { cls: 'lane' }, [el('div', { cls: 'lane-label', text: k }), track]));
    });
    if (order.length === 0) lanesNode.appendChild(empty('No grant matches the filters.'));
    byId('timeline-note').textContent = skipped > 0 ? skipped + ' bar(s) not drawn (more than ' + MAX_BARS + '): narrow the filters or the period; the export lists every grant.' : '';
  }

  function renderLateness(shown) {
    var expired = shown.filter(function (g) { return g.st === 'revoked' && g.c === 'expired'; });
    var counts = meta.buckets.map(function () { return 0; });
    expired.forEach(function (g) {
      var late = g.lt === null ? 0 : g.lt;
      for (var i = 0; i < meta.buckets.length; i += 1) if (late <= meta.buckets[i].max) { counts[i] += 1; break; }
    });
    var most = Math.max.apply(null, counts.concat([1]));
    var dist = clear(byId('late-dist'));
    dist.appendChild(table('Grants that ended by expiry, by how late the verified revocation came (' + expired.length + ')', ['Lateness', 'Grants', ''],
      meta.buckets.map(function (b, i) { return [b.label, counts[i], el('span', { cls: 'dist', 'data-width': counts[i] })]; }), [1]));
    Array.prototype.forEach.call(dist.querySelectorAll('.dist'), function (bar) { bar.style.width = (Number(bar.getAttribute('data-width')) / most) * 12 + 'rem'; });
    var late = shown.filter(function (g) { return lateBy(g) > interval; }).sort(function (a, b) { return lateBy(b) - lateBy(a); });
    var list = clear(byId('late-list'));
    if (late.length === 0) { list.appendChild(empty('No grant in view was revoked, or is overdue, by more than one schedule interval (' + dur(interval) + ').')); return; }
    list.appendChild(table('Revoked (or still live) more than one schedule interval (' + dur(interval) + ') after expiry: ' + late.length, ['Request', 'Person', 'Targets', 'Expired', 'Revoked', 'Late by', 'Cause', 'Failed attempts'],
      late.slice(0, MAX_ROWS).map(function (g) {
        return [g.id, g.p, g.tg.join(', '), g.x === null ? 'unreadable' : when(g.x), g.st === 'revoked' ? when(g.e) : el('span', { cls: 'bad', text: 'still live' }), lateBy(g) === Infinity ? 'unknown' : dur(lateBy(g)), g.c || g.st, g.f];
      }), [7]));
  }

  function followUp(id) {
    if (meta.followUps === null) return 'issue "Break-glass review: ' + id + '" (not looked up)';
    var f = Object.prototype.hasOwnProperty.call(meta.followUps, id) ? meta.followUps[id] : null;
    if (f === null) return 'not looked up (too many uses)';
    if (f.found === true) return el('span', { cls: f.state === 'open' ? 'bad' : null, text: 'issue #' + f.number + ', ' + (f.state === 'open' ? 'still open' : 'closed') });
    if (f.found === false) return el('span', { cls: 'bad', text: 'no review issue found' });
    return 'could not be read (' + f.unread + ')';
  }
  function renderBreakGlass(shown) {
    var uses = shown.filter(function (g) { return g.bg === 1; });
    var node = clear(byId('bg-list'));
    if (uses.length === 0) node.appendChild(empty('No break-glass grant in view.'));
    else node.appendChild(table('Break-glass uses: ' + uses.length, ['Request', 'Person', 'What', 'From', 'Until', 'Activity', 'Alerts', 'Follow-up review', 'Pull request'],
      uses.slice(0, MAX_ROWS).map(function (g) {
        return [g.id, g.p, g.wh.join('; '), when(g.s), g.st === 'revoked' ? when(g.e) : 'still live', g.ac === null ? g.ao : g.ac[1] + ' row(s), ' + g.ac[0] + ' call(s), ' + g.ac[2] + ' writing statement(s)', g.al, followUp(g.id), '#' + g.pr];
      }), [6]));
    var unknown = shown.filter(function (g) { return g.bg === null; }).length;
    if (unknown > 0) node.appendChild(el('p', { cls: 'bad', text: unknown + ' grant(s) belong to profiles that cannot be read at this checkout: whether they were break-glass is unknown.' }));
  }

  function renderRefused(shown, filtered) {
    var node = clear(byId('refused-list'));
    if (meta.refusals.length === 0) node.appendChild(empty('No request was refused at apply in this period.'));
    else node.appendChild(table('Refused at apply: ' + meta.refusals.length + (filtered ? ' (a refusal records no person or profile: not filtered)' : ''), ['Request', 'At', 'Codes', 'Pull request', 'Ledger'],
      meta.refusals.slice(0, MAX_ROWS).map(function (r) { return [r.id, r.at, r.codes.join(', '), r.pr === null ? 'none' : '#' + r.pr, r.gl]; })));
    var interrupted = shown.filter(function (g) { return g.rf !== null || g.st === 'intended'; });
    if (interrupted.length > 0) node.appendChild(table('Interrupted applies (an intent recorded, the grant not confirmed): ' + interrupted.length, ['Request', 'Person', 'Status', 'Codes', 'Ledger'],
      interrupted.map(function (g) { return [g.id, g.p, g.st, (g.rf || []).join(', '), g.gl]; })));
  }

  function renderAlerts(shown, personOrProfile) {
    var ids = {};
    shown.forEach(function (g) { ids[g.id] = 1; });
    function keep(a) {
      if (target.value !== '' && a.target !== target.value) return false;
      return !personOrProfile || Object.prototype.hasOwnProperty.call(ids, a.id);
    }
    var alerts = meta.alerts.filter(keep), drift = meta.drift.filter(keep);
    var node = clear(byId('alert-list'));
    if (alerts.length === 0) node.appendChild(empty('No limit alert in view.'));
    else node.appendChild(table('Limit alerts: ' + alerts.length, ['Request', 'At', 'Target', 'Principal', 'Limit', 'Observed', 'Allowed', 'Action'],
      alerts.slice(0, MAX_ROWS).map(function (a) { return [a.id, a.at, a.target, a.principal, a.limit, a.observed, a.allowed, a.action === 'revoke' ? 'revoked early' : 'alert']; }), [5, 6]));
    var dnode = clear(byId('drift-list'));
    if (drift.length === 0) dnode.appendChild(empty('No drift found in view.'));
    else dnode.appendChild(table('Drift found by revoke runs: ' + drift.length, ['Request', 'At', 'Target', 'Principal', 'What', 'Ledger'],
      drift.slice(0, MAX_ROWS).map(function (d) { return [d.id, d.at, d.target, d.principal || '', d.what, d.gl]; })));
  }

  function renderGrants(shown) {
    var node = clear(byId('grant-table'));
    if (shown.length === 0) { node.appendChild(empty('No grant matches the filters.')); return; }
    node.appendChild(table('Grants: ' + shown.length + (shown.length > MAX_ROWS ? ' (the first ' + MAX_ROWS + ' listed; the export has all)' : ''),
      ['Request', 'Person', 'Profile', 'What', 'Sensitive', 'From', 'Expires', 'Ended', 'Status', 'Late by', 'Approvers', 'PR', 'Ticket', 'Reason', 'Alerts', 'Activity', 'Ledger'],
      shown.slice(0, MAX_ROWS).map(function (g) {
        return [g.id, g.p, g.pf + (g.bg === 1 ? ' (break-glass)' : ''), g.wh.join('; '), g.sn === null ? 'unknown' : g.sn.join(', '), when(g.s), g.x === null ? 'unreadable' : when(g.x),
          g.st === 'revoked' ? when(g.e) : '', g.st === 'revoked' ? 'revoked (' + g.c + ')' + (g.sb ? ', superseded by ' + g.sb : '') : g.st, g.st === 'revoked' ? dur(g.lt) : '',
          g.ap.join(', '), '#' + g.pr, g.tk || '', g.rs || '', g.al, g.ac === null ? g.ao : g.ac[1] + ' row(s) / ' + g.ac[0] + ' call(s)', g.gl];
      }), [14]));
  }

  function render() {
    var shown = grants.filter(matches);
    var personOrProfile = person.value !== '' || profile.value !== '';
    byId('shown').textContent = 'Showing ' + shown.length + ' of ' + grants.length + ' grant(s)' + (personOrProfile || target.value !== '' ? ' (filtered)' : '') + '.';
    renderTimeline(shown);
    renderLateness(shown);
    renderBreakGlass(shown);
    renderRefused(shown, personOrProfile || target.value !== '');
    renderAlerts(shown, personOrProfile);
    renderGrants(shown);
  }
  [person, target, profile, group].forEach(function (s) { s.addEventListener('change', render); });
  byId('f-reset').addEventListener('click', function () { person.value = ''; target.value = ''; profile.value = ''; group.value = 'person'; render(); person.focus(); });
  byId('filter-form').addEventListener('submit', function (e) { e.preventDefault(); });
  document.documentElement.classList.add('js');
  render();
})();
`;
