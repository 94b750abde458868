// Mycel's web UI. Every piece of text that comes from the runtime, the AI or a surface is put into
// the page with textContent, never parsed as HTML (the page's Trusted Types policy forbids it).
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  async function api(method, path, body) {
    const init = { method, headers: {}, credentials: 'same-origin', cache: 'no-store' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    const text = await res.text();
    if (!res.ok) throw new Error(text || ('HTTP ' + res.status));
    return text ? JSON.parse(text) : null;
  }

  // ---- chat ---------------------------------------------------------------------------------
  let replyNode = null;

  function addMessage(who, text) {
    const item = el('li', 'message ' + who);
    item.append(el('span', 'who', who === 'user' ? 'You' : who === 'mycel' ? 'Mycel' : 'Note'));
    const body = el('div', 'text', text);
    item.append(body);
    $('messages').append(item);
    item.scrollIntoView({ block: 'end' });
    return body;
  }

  function setBusy(busy) {
    $('send').disabled = busy;
  }

  async function send() {
    const input = $('chat-input');
    const message = input.value.trim();
    if (!message) return;
    addMessage('user', message);
    input.value = '';
    replyNode = null;
    setBusy(true);
    try {
      await api('POST', '/api/chat', { message });
    } catch (e) {
      addMessage('note', e.message);
      setBusy(false);
    }
  }

  function onDelta(text) {
    if (!replyNode) replyNode = addMessage('mycel', '');
    replyNode.textContent += text;
  }

  function onFinished(reply) {
    if (!replyNode) replyNode = addMessage('mycel', '');
    replyNode.textContent = reply;
    replyNode = null;
    setBusy(false);
    loadAudit();
  }

  // ---- confirmation cards -------------------------------------------------------------------
  function addCard(action) {
    const card = el('article', 'card risk-' + action.risk);
    card.dataset.actionId = action.actionId;
    const head = el('header', 'card-head');
    head.append(el('span', 'badge risk-' + action.risk, action.risk + ' risk'));
    head.append(el('h3', null, action.summary));
    card.append(head);
    card.append(el('p', 'reason', action.reason));
    if (action.code) {
      card.append(el('div', 'label', 'Code (' + (action.language || 'text') + ')'));
      card.append(el('pre', 'code', action.code));
    }
    if (action.findings && action.findings.length) {
      const list = el('ul', 'findings');
      for (const f of action.findings) {
        const item = el('li', 'risk-' + f.risk);
        item.append(el('span', 'line', 'line ' + f.line));
        item.append(el('span', null, ' ' + f.message + ' '));
        item.append(el('code', 'rule', f.rule));
        list.append(item);
      }
      card.append(list);
    }
    const buttons = el('div', 'buttons');
    const answer = (approval) => async () => {
      buttons.querySelectorAll('button').forEach((b) => { b.disabled = true; });
      try {
        await api('POST', '/api/confirm', { actionId: action.actionId, approval });
        card.classList.add('answered');
        card.append(el('p', 'answer', approval === 'deny' ? 'Denied.' : 'Approved.'));
      } catch (e) {
        card.append(el('p', 'answer', e.message));
      }
    };
    for (const [label, approval, cls] of [['Approve once', 'once', 'approve'],
      ['Approve for this session', 'session', 'approve'], ['Deny', 'deny', 'deny']]) {
      const b = el('button', cls, label);
      b.type = 'button';
      b.addEventListener('click', answer(approval));
      buttons.append(b);
    }
    card.append(buttons);
    $('cards').append(card);
  }

  function removeCard(actionId) {
    for (const card of $('cards').querySelectorAll('.card')) {
      if (card.dataset.actionId === actionId) card.remove();
    }
  }

  // A card the person did not answer leaves a note, so an action that silently did not run is never a mystery.
  const UNANSWERED = {
    timeout: 'no answer came in time', disconnected: 'the browser went away',
    'session-ended': 'the session ended', stopping: 'Mycel is stopping', failed: 'the confirmation failed',
  };

  function onResolved(actionId, decision) {
    const card = [...$('cards').querySelectorAll('.card')].find((c) => c.dataset.actionId === actionId);
    if (card && UNANSWERED[decision]) {
      addMessage('note', 'Not run: ' + card.querySelector('h3').textContent + ' (' + UNANSWERED[decision] + ').');
    }
    removeCard(actionId);
    loadAudit();
  }

  // ---- surfaces -----------------------------------------------------------------------------
  const surfaces = new Map();   // id -> {id, title, kind, src}
  let shown = null;             // {surface, frame}

  function addSurface(s) {
    if (surfaces.has(s.id)) return;
    surfaces.set(s.id, s);
    const item = el('li', 'surface-item');
    const b = el('button', 'link', s.title);
    b.type = 'button';
    b.addEventListener('click', () => showSurface(s.id));
    item.append(b, el('span', 'kind', s.kind));
    $('surface-list').prepend(item);
  }

  function showSurface(id) {
    const s = surfaces.get(id);
    if (!s) return;
    const view = $('surface-view');
    view.replaceChildren();
    view.append(el('div', 'surface-title', s.title));
    const frame = document.createElement('iframe');
    // No allow-same-origin, ever: the frame runs in an opaque origin. Static pages get no script.
    frame.setAttribute('sandbox', s.kind === 'interactive' ? 'allow-scripts' : '');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('allow', "camera 'none'; microphone 'none'; geolocation 'none'");
    frame.setAttribute('loading', 'eager');
    frame.title = s.title;
    frame.className = 'surface-frame';
    frame.src = s.src;
    view.append(frame);
    shown = { surface: s, frame };
  }

  // A surface may ask for exactly one thing: {mycel: 1, kind: "ask", text: "..."}. Anything else,
  // or anything from a window that is not the shown interactive surface, is dropped unread.
  const ASK_KEYS = ['kind', 'mycel', 'text'];

  function validAsk(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    if (Object.getPrototypeOf(data) !== Object.prototype) return false;
    const keys = Object.keys(data).sort();
    if (keys.length !== ASK_KEYS.length || keys.some((k, i) => k !== ASK_KEYS[i])) return false;
    return data.mycel === 1 && data.kind === 'ask' && typeof data.text === 'string'
      && data.text.trim().length > 0 && data.text.length <= 2000;
  }

  window.addEventListener('message', async (event) => {
    if (!shown || event.source !== shown.frame.contentWindow) return;
    // A sandboxed frame without allow-same-origin has the opaque origin "null"; anything else means
    // the frame is not the sandboxed surface we framed.
    if (event.origin !== 'null' || shown.surface.kind !== 'interactive') return;
    if (!validAsk(event.data)) return;
    const s = shown.surface;
    addMessage('note', 'Surface “' + s.title + '” asks: ' + event.data.text);
    replyNode = null;
    // busy before the request: the turn's "finished" event may arrive before the POST's answer
    setBusy(true);
    try {
      await api('POST', '/api/surfaces/' + encodeURIComponent(s.id) + '/ask', { text: event.data.text });
    } catch (e) {
      addMessage('note', e.message);
      setBusy(false);
    }
  });

  // ---- status and audit ---------------------------------------------------------------------
  function flatten(prefix, value, out) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) flatten(prefix ? prefix + '.' + k : k, v, out);
    } else {
      out.push([prefix, Array.isArray(value) ? value.join(', ') : String(value)]);
    }
    return out;
  }

  function duration(seconds) {
    const s = Number(seconds) || 0;
    if (s < 60) return s + ' s';
    if (s < 3600) return Math.floor(s / 60) + ' min';
    if (s < 86400) return Math.floor(s / 3600) + ' h ' + Math.floor((s % 3600) / 60) + ' min';
    return Math.floor(s / 86400) + ' d ' + Math.floor((s % 86400) / 3600) + ' h';
  }

  // The few facts a person wants at a glance; every fact stays one click away under "All facts".
  function summary(r) {
    const rows = [['Version', r.version], ['Up for', duration(r.uptimeSeconds)]];
    const p = r.provider;
    if (p && typeof p === 'object') {
      rows.push(['AI', p.mode + ' · ' + p.configured + (p.configured === 'none' ? '' : p.reachable ? ' · reachable' : ' · not reachable')]);
    } else if (p !== undefined) {
      rows.push(['AI', p]);
    }
    const o = r.offline;
    if (o && typeof o === 'object') {
      rows.push(['Offline engine', o.enabled ? o.patterns + ' patterns' + (o.ready ? ', ready' : ', loading') : 'off']);
    }
    const sb = r.sandbox;
    if (sb && typeof sb === 'object') {
      rows.push(['Sandbox', sb.available ? sb.backend : 'none: ' + sb.reason]);
    } else if (sb !== undefined) {
      rows.push(['Sandbox', sb]);
    }
    if (r.sessions !== undefined) rows.push(['Sessions', r.sessions]);
    return rows;
  }

  async function loadStatus() {
    try {
      const s = await api('GET', '/api/status');
      const dl = $('status');
      dl.replaceChildren();
      for (const [k, v] of summary(s.runtime)) {
        dl.append(el('dt', null, k), el('dd', null, v));
      }
      const all = el('dl', 'status all');
      for (const [k, v] of flatten('', s.runtime, [])) {
        all.append(el('dt', null, k), el('dd', null, v));
      }
      const more = el('details', 'all-facts');
      more.append(el('summary', null, 'All facts'), all);
      $('status-more').replaceChildren(more);
      $('status-line').textContent = 'browser session ' + s.session;
    } catch (e) {
      $('status-line').textContent = 'status unavailable: ' + e.message;
    }
  }

  const AUDIT_HEAD = new Set(['time', 'seq', 'type', 'event']);

  function auditEntry(entry) {
    const item = el('li', 'audit-entry');
    const time = String(entry.time || '').replace(/^.*T/, '').replace(/\..*$/, '').replace(/Z$/, '');
    const head = el('div', 'audit-head');
    head.append(el('span', 'audit-time', time), el('span', 'audit-type', entry.type || entry.event || ''));
    if (entry.seq !== undefined) head.append(el('span', 'audit-seq', '#' + entry.seq));
    const rest = flatten('', entry, []).filter(([k]) => !AUDIT_HEAD.has(k)).map(([k, v]) => k + '=' + v).join('  ');
    item.append(head, el('div', 'audit-fields', rest.length > 240 ? rest.slice(0, 240) + '…' : rest));
    return item;
  }

  async function loadAudit() {
    try {
      const entries = await api('GET', '/api/audit?n=30');
      $('audit').replaceChildren(...entries.reverse().map(auditEntry));
    } catch (e) {
      $('audit').replaceChildren(el('li', 'muted', 'audit unavailable: ' + e.message));
    }
  }

  async function loadSurfaces() {
    const list = await api('GET', '/api/surfaces');
    for (const s of list) addSurface(s);
    const wanted = location.pathname.match(/^\/surface\/([0-9a-f]{1,32})$/);
    if (wanted && surfaces.has(wanted[1])) showSurface(wanted[1]);
    else if (list.length) showSurface(list[list.length - 1].id);
  }

  // ---- the event socket ---------------------------------------------------------------------
  let backoff = 500;

  function connect() {
    const ws = new WebSocket('ws://' + location.host + '/ws');
    ws.addEventListener('open', () => {
      backoff = 500;
      $('connection').textContent = 'connected';
      $('connection').className = 'pill ok';
    });
    ws.addEventListener('close', () => {
      $('connection').textContent = 'disconnected';
      $('connection').className = 'pill bad';
      setTimeout(connect, backoff);
      backoff = Math.min(backoff * 2, 10000);
    });
    ws.addEventListener('message', (event) => {
      let m;
      try { m = JSON.parse(event.data); } catch (e) { return; }
      switch (m.type) {
        case 'delta': onDelta(m.text); break;
        case 'pending': addCard(m.action); loadAudit(); break;
        case 'resolved': onResolved(m.actionId, m.decision); break;
        case 'finished': onFinished(m.reply); break;
        case 'failed': addMessage('note', m.message); replyNode = null; setBusy(false); break;
        case 'surface': addSurface(m.surface); showSurface(m.surface.id); break;
        default: break;
      }
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('send').addEventListener('click', send);
    $('chat-input').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); }
    });
    $('audit-refresh').addEventListener('click', loadAudit);
    connect();
    loadStatus();
    loadAudit();
    loadSurfaces().catch((e) => addMessage('note', 'surfaces unavailable: ' + e.message));
    setInterval(loadStatus, 15000);
  });
})();
