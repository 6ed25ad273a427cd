"""The page around a network view: toolbar, legend, side panel and the script that drives them.

Everything a document says reaches the page as JSON data (escaped for a script element) and
is put into the page as DOM text (``textContent``) or checked link targets, never as HTML.
"""

PAGE_TEMPLATE = r"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<style>
@@CSS@@
* { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 0; color: #222; overflow: hidden; }
#ig-bar { padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; background: #fafafa; }
#ig-bar h1 { font-size: 16px; margin: 0 8px 0 0; }
#ig-bar label, #ig-bar button, #ig-bar select, #ig-bar input { font-size: 13px; }
#ig-classes label { white-space: nowrap; margin-right: 8px; display: inline-flex; align-items: center; gap: 3px; cursor: pointer; }
#ig-classes svg { vertical-align: middle; }
#ig-search { width: 14em; }
#ig-hits { font-size: 12px; color: #555; min-width: 7em; }
#ig-hits.none { color: #b00020; font-weight: 600; }
#ig-count { font-size: 12px; color: #555; }
#ig-main { position: relative; height: calc(100vh - var(--bar, 48px)); }
#ig-net { position: absolute; top: 0; bottom: 0; right: 0; left: 250px; }
#ig-legend { position: absolute; left: 0; top: 0; bottom: 0; width: 250px; box-sizing: border-box; overflow-y: auto; background: #fcfcfc; border-right: 1px solid #ddd; padding: 8px 10px; font-size: 12px; line-height: 1.4; }
#ig-legend .row { display: flex; align-items: center; gap: 5px; }
#ig-legend h2 { font-size: 12px; margin: 0 0 4px 0; }
#ig-legend .cols { display: grid; grid-template-columns: repeat(2, auto); gap: 2px 10px; margin-bottom: 4px; }
#ig-legend p { margin: 3px 0 0 0; color: #444; }
#ig-panel { position: absolute; right: 0; top: 0; bottom: 0; width: 400px; background: #fff; border-left: 1px solid #ccc; box-shadow: -2px 0 6px rgba(0,0,0,0.08); overflow-y: auto; padding: 10px 14px; font-size: 13px; display: none; }
#ig-panel.open { display: block; }
#ig-panel h2 { font-size: 16px; margin: 4px 24px 4px 0; }
#ig-panel .cls { color: #555; margin-bottom: 6px; }
#ig-panel .close { position: absolute; right: 8px; top: 6px; border: none; background: none; font-size: 18px; cursor: pointer; }
#ig-panel dl { margin: 6px 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; }
#ig-panel dt { color: #555; }
#ig-panel dd { margin: 0; }
#ig-panel h3 { font-size: 13px; margin: 10px 0 4px 0; border-bottom: 1px solid #eee; }
#ig-panel ul { list-style: none; padding: 0; margin: 0; }
#ig-panel li.rel { margin: 0 0 8px 0; }
#ig-panel .other { background: none; border: none; color: #0645ad; cursor: pointer; padding: 0; font: inherit; text-align: left; text-decoration: underline; }
#ig-panel .sent { color: #333; font-style: italic; margin: 2px 0 0 10px; }
#ig-panel .src { color: #666; margin: 1px 0 0 10px; font-size: 12px; }
.ig-tip { max-width: 460px; white-space: pre-wrap; font: 12px system-ui, sans-serif; }
.ig-tip b { display: block; margin-bottom: 2px; }
div.vis-tooltip { white-space: normal; }
</style>
<script>@@VIS@@</script>
</head>
<body>
<div id="ig-bar">
  <h1>@@TITLE@@</h1>
  <input id="ig-search" type="search" placeholder="Suchen / search (Enter: nächster)" aria-label="Suchen">
  <span id="ig-hits" aria-live="polite"></span>
  <span id="ig-classes"></span>
  <select id="ig-land" aria-label="Land"><option value="">alle Länder / all Länder</option></select>
  <label>Jahre <select id="ig-from" aria-label="von Jahr"></select>–<select id="ig-to" aria-label="bis Jahr"></select></label>
  <label>Farbe <select id="ig-colour" aria-label="Farbe"><option value="class">nach Klasse</option><option value="community">nach Community (Louvain)</option></select></label>
  <button id="ig-fit" type="button" title="Alles Sichtbare einpassen">Einpassen / fit</button>
  <button id="ig-reset" type="button" title="Filter, Suche und Auswahl zurücksetzen">Zurücksetzen / reset</button>
  <span id="ig-count"></span>
</div>
<div id="ig-main">
  <div id="ig-net"></div>
  <div id="ig-legend" aria-label="Legende"><h2>Legende</h2><div class="cols" id="ig-legend-classes"></div></div>
  <aside id="ig-panel" aria-label="Details"></aside>
</div>
<script>
(function () {
  "use strict";
  var DATA = @@DATA@@;
  var SVGNS = "http://www.w3.org/2000/svg";
  var LABEL_PX = 14, YEAR_LABEL_DX = 0;
  function el(tag, cls, text) { var d = document.createElement(tag); if (cls) d.className = cls; if (text !== undefined) d.textContent = text; return d; }
  function fold(s) { return String(s).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " "); }
  function safeHref(h) { return /^(https?:|file:)/i.test(h || "") ? h : ""; }
  var byId = {}; DATA.nodes.forEach(function (n) { byId[n.id] = n; });
  var incident = {}; DATA.edges.forEach(function (e, i) { e.id = i; (incident[e.from] = incident[e.from] || []).push(e); (incident[e.to] = incident[e.to] || []).push(e); });
  var focusId = null; DATA.nodes.forEach(function (n) { if (n.focus) focusId = n.id; });

  function swatch(shape, colour, px) {
    var s = document.createElementNS(SVGNS, "svg"); s.setAttribute("width", px); s.setAttribute("height", px); s.setAttribute("viewBox", "0 0 20 20");
    var p;
    if (shape === "dot") { p = document.createElementNS(SVGNS, "circle"); p.setAttribute("cx", 10); p.setAttribute("cy", 10); p.setAttribute("r", 8); }
    else if (shape === "square") { p = document.createElementNS(SVGNS, "rect"); p.setAttribute("x", 2); p.setAttribute("y", 2); p.setAttribute("width", 16); p.setAttribute("height", 16); }
    else { p = document.createElementNS(SVGNS, "polygon"); p.setAttribute("points", {
      diamond: "10,1 19,10 10,19 1,10", triangle: "10,2 19,18 1,18", triangleDown: "1,2 19,2 10,18",
      hexagon: "5,2 15,2 19,10 15,18 5,18 1,10", star: "10,1 12.6,7 19,7.4 14,11.6 15.6,18.5 10,14.8 4.4,18.5 6,11.6 1,7.4 7.4,7"
    }[shape] || "10,1 19,10 10,19 1,10"); }
    p.setAttribute("fill", colour); p.setAttribute("stroke", "#333"); p.setAttribute("stroke-width", "1");
    s.appendChild(p); return s;
  }
  function docLine(i) {
    var d = DATA.docs[i]; if (!d) return null;
    var li = el("div", "src");
    var t = d.title + (d.date ? " (" + d.date + ")" : "");
    var h = safeHref(d.href);
    if (h) { var a = el("a", "", t); a.href = h; a.target = "_blank"; a.rel = "noopener"; li.appendChild(a); } else { li.appendChild(document.createTextNode(t)); }
    if (d.file) li.appendChild(document.createTextNode(" · " + d.file));
    return li;
  }
  function edgeTip(e) {
    var d = el("div", "ig-tip");
    d.appendChild(el("b", "", byId[e.from].full + " — " + e.text + " — " + byId[e.to].full));
    if (e.items && e.items.length) d.appendChild(el("div", "", e.items.slice(0, 8).map(function (m) { return "• " + m; }).join("\n") + (e.items.length > 8 ? "\n…" : "")));
    (e.src.length ? e.src : [["", -1, ""]]).slice(0, 3).forEach(function (s) {
      if (s[0]) d.appendChild(el("div", "", "„" + s[0] + "“"));
      var doc = DATA.docs[s[1]];
      var from = doc ? "Quelle: " + doc.title + (doc.date ? " (" + doc.date + ")" : "") + (doc.href ? "\n" + doc.href : (doc.file ? " · " + doc.file : "")) : (s[2] ? "Quelle: " + s[2] : "Quelle: nicht angegeben");
      d.appendChild(el("div", "", from));
    });
    if (e.src.length > 3) d.appendChild(el("div", "", "… und " + (e.src.length - 3) + " weitere Quellen (Klick zeigt alle)"));
    return d;
  }
  function nodeTip(n) {
    var d = el("div", "ig-tip");
    d.appendChild(el("b", "", n.full + " (" + n.clsLabel + ")"));
    n.facts.slice(0, 6).forEach(function (f) { d.appendChild(el("div", "", f[0] + ": " + f[1])); });
    d.appendChild(el("div", "", (incident[n.id] || []).length + " Verbindungen – Klick zeigt Details"));
    return d;
  }
  function nodeColour(n, mode) {
    var c = mode === "community" ? DATA.communities[n.community % DATA.communities.length] : n.color;
    return n.focus ? { background: c, border: "#000000", highlight: { background: c, border: "#000000" } } : { background: c, border: "#333333", highlight: { background: c, border: "#000000" } };
  }
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return { id: n.id, label: n.label, shape: n.shape, size: n.focus ? Math.max(n.size, 30) : n.size, x: n.x, y: n.y,
      color: nodeColour(n, "class"), borderWidth: n.focus ? 5 : 1, title: nodeTip(n),
      font: { size: LABEL_PX, bold: n.focus } };
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) {
    var o = { id: e.id, from: e.from, to: e.to, width: e.width, title: edgeTip(e), label: e.text };
    if (e.curved) o.smooth = { enabled: true, type: "curvedCW", roundness: 0.25 };
    return o;
  }));
  var container = document.getElementById("ig-net");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  var settled = false;

  // --- time axis (IntMK view): year lines, labels and sessions no document mentions
  if (DATA.axis) {
    network.on("beforeDrawing", function (ctx) {
      var s = network.getScale(), a = DATA.axis, px = 13 / s;
      ctx.save();
      ctx.lineWidth = 1 / s; ctx.strokeStyle = "#e3e3e3"; ctx.fillStyle = "#666"; ctx.font = px + "px system-ui, sans-serif"; ctx.textAlign = "center";
      a.ticks.forEach(function (t) { ctx.beginPath(); ctx.moveTo(t[0], a.top); ctx.lineTo(t[0], a.bottom + (LABEL_PX + 8) / s); ctx.stroke(); ctx.fillText(t[1], t[0] + YEAR_LABEL_DX, a.bottom + (LABEL_PX + 24) / s); ctx.fillText(t[1], t[0] + YEAR_LABEL_DX, a.top - 4 / s); });
      ctx.strokeStyle = "#999"; ctx.lineWidth = 2 / s; ctx.beginPath(); ctx.moveTo(a.ticks[0][0], 0); ctx.lineTo(a.ticks[a.ticks.length - 1][0], 0); ctx.stroke();
      ctx.setLineDash([4 / s, 3 / s]); ctx.strokeStyle = "#b5485d"; ctx.fillStyle = "#b5485d";
      a.missing.forEach(function (m) { ctx.beginPath(); ctx.arc(m[0], m[1], 9 / s, 0, 2 * Math.PI); ctx.stroke();
        ctx.save(); ctx.textAlign = "center"; ctx.font = (11 / s) + "px system-ui, sans-serif"; ctx.fillText(m[3], m[0], m[1] + 24 / s); ctx.restore(); });
      ctx.restore();
    });
  }

  // --- legend: shape and colour of each class, what size and width mean, notes
  var legend = document.getElementById("ig-legend-classes");
  var boxes = document.getElementById("ig-classes");
  DATA.classes.forEach(function (c) {
    var row = el("span", "row"); row.setAttribute("data-cls", c.cls); row.appendChild(swatch(c.shape, c.colour, 14)); row.appendChild(document.createTextNode(c.label)); legend.appendChild(row);
    var l = document.createElement("label"); l.title = "Klasse ein-/ausblenden";
    var b = document.createElement("input"); b.type = "checkbox"; b.checked = true; b.value = c.cls; b.addEventListener("change", apply);
    l.appendChild(b); l.appendChild(swatch(c.shape, c.colour, 13)); l.appendChild(document.createTextNode(c.label)); boxes.appendChild(l);
  });
  var leg = document.getElementById("ig-legend");
  if (focusId) { var fr = el("div", "row"); var fs = swatch("dot", "#ffffff", 14); fs.firstChild.setAttribute("stroke-width", "4"); fr.appendChild(fs); fr.appendChild(document.createTextNode("dick umrandet: Fokus – " + byId[focusId].full)); leg.appendChild(fr); }
  leg.appendChild(el("p", "", DATA.legend.size));
  leg.appendChild(el("p", "", DATA.legend.width));
  var commNote = el("p", "", "Farben: Communities (Louvain, wie in intgraph analyse)"); commNote.style.display = "none"; leg.appendChild(commNote);
  DATA.notes.forEach(function (t) { leg.appendChild(el("p", "", t)); });

  var landSel = document.getElementById("ig-land"), fromSel = document.getElementById("ig-from"), toSel = document.getElementById("ig-to");
  var colourSel = document.getElementById("ig-colour");
  DATA.lands.forEach(function (code) { var o = document.createElement("option"); o.value = code; o.textContent = DATA.landNames[code] || code; landSel.appendChild(o); });
  DATA.years.forEach(function (y, i) {
    var a = document.createElement("option"); a.value = y; a.textContent = y; fromSel.appendChild(a);
    var b = document.createElement("option"); b.value = y; b.textContent = y; toSel.appendChild(b);
  });
  if (DATA.years.length) { fromSel.value = DATA.years[0]; toSel.value = DATA.years[DATA.years.length - 1]; } else { fromSel.disabled = toSel.disabled = true; }
  landSel.addEventListener("change", apply); fromSel.addEventListener("change", apply); toSel.addEventListener("change", apply);
  colourSel.addEventListener("change", function () {
    var mode = colourSel.value;
    nodes.update(DATA.nodes.map(function (n) { return { id: n.id, color: nodeColour(n, mode) }; }));
    commNote.style.display = mode === "community" ? "" : "none";
  });

  function intersects(list, lo, hi) { for (var i = 0; i < list.length; i++) if (list[i] >= lo && list[i] <= hi) return true; return false; }
  function visibleIds() { return nodes.getIds({ filter: function (n) { return !n.hidden; } }); }

  // Labels: the most central nodes are labelled at LABEL_PX at the starting zoom; every
  // further node gets its label once the zoom reaches its turn (no label is drawn below 11 px).
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = LABEL_PX + "px arial";  // vis-network's default label face
  var widths = {};
  function textWidth(t) { if (!(t in widths)) widths[t] = measure.measureText(t).width; return widths[t]; }
  function labelTiers() {
    var s = network.getScale();
    var ids = visibleIds().sort(function (a, b) { return byId[a].rank - byId[b].rank; });
    var top = DATA.top, placed = [], shown = 0, later = 0;
    tier = {};
    var pos = network.getPositions(ids);
    ids.forEach(function (id) {
      var n = byId[id], p = network.canvasToDOM(pos[id]);
      var w = textWidth(n.label) + 4, r = (n.focus ? 30 : n.size) * s, dy = n.stagger * (LABEL_PX + 4);
      var box = [p.x - w / 2, p.y + r + dy, p.x + w / 2, p.y + r + dy + LABEL_PX + 4];
      var free = placed.every(function (q) { return box[2] < q[0] || box[0] > q[2] || box[3] < q[1] || box[1] > q[3]; });
      var appear;
      if ((shown < top && free) || id === focusId) { appear = s; shown++; placed.push(box); }
      else { later++; appear = Math.min(s * (1.35 + later / top), Math.max(1.5, s * 1.35)); }
      tier[id] = [LABEL_PX / appear, dy];
    });
    capLabels();
  }
  // However far one zooms in, no label grows beyond MAX_PX on screen.
  var tier = {}, MAX_PX = 18, capped = null;
  function capLabels() {
    var s = network.getScale(), up = [];
    Object.keys(tier).forEach(function (id) {
      var t = tier[id];
      up.push({ id: id, font: { size: Math.min(t[0], MAX_PX / s), bold: id === focusId, vadjust: t[1] / s } });
    });
    nodes.update(up);
  }
  network.on("zoom", function () {
    if (capped) return;
    capped = requestAnimationFrame(function () { capped = null; capLabels(); });
  });
  function fit() {
    var ids = visibleIds();
    if (ids.length) network.fit({ nodes: ids, animation: false }); else network.fit({ animation: false });
    if (network.getScale() > 1.6) network.moveTo({ scale: 1.6, animation: false });
    // a time axis: room for the labels of the first and last sessions at the edges
    if (DATA.axis) network.moveTo({ scale: network.getScale() * 0.9, animation: false });
    labelTiers();
    roomForLabels();
    network.redraw();
  }
  // vis-network fits the nodes, not the labels under them, which keep LABEL_PX on screen
  // however far the view zooms out: a label wider than its node could reach past the canvas
  // edge and be cut. Zoom out and re-centre until every label drawn at this zoom is inside.
  function roomForLabels() {
    var W = container.clientWidth, H = container.clientHeight, M = 6;
    if (!W || !H) return;
    for (var round = 0; round < 6; round++) {
      var s = network.getScale(), ids = visibleIds(), pos = network.getPositions(ids);
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      ids.forEach(function (id) {
        var n = byId[id], p = network.canvasToDOM(pos[id]), r = (n.focus ? 30 : n.size) * s;
        var t = tier[id], shown = t && t[0] * s >= LABEL_PX - 0.01;
        var half = shown ? Math.max(r, (textWidth(n.label) + 4) / 2) : r;
        x0 = Math.min(x0, p.x - half); x1 = Math.max(x1, p.x + half); y0 = Math.min(y0, p.y - r);
        y1 = Math.max(y1, p.y + r + (shown ? t[1] + LABEL_PX + 4 : 0));
      });
      if (!isFinite(x0) || (x0 >= M && y0 >= M && x1 <= W - M && y1 <= H - M)) return;
      var k = Math.max(0.5, Math.min(1, (W - 2 * M) / (x1 - x0), (H - 2 * M) / (y1 - y0)));
      var c = network.DOMtoCanvas({ x: (x0 + x1) / 2, y: (y0 + y1) / 2 });
      network.moveTo({ position: c, scale: s * k, animation: false });
      labelTiers();
    }
  }
  // Filters: a year range keeps the relations that hold in it (and entities whose own time
  // lies in it); a Land keeps what belongs to it and what it is linked to.
  function apply() {
    var classes = {}; boxes.querySelectorAll("input").forEach(function (b) { classes[b.value] = b.checked; });
    var land = landSel.value;
    var lo = Number(fromSel.value || -Infinity), hi = Number(toSel.value || Infinity);
    if (lo > hi) { var t = lo; lo = hi; hi = t; }
    var full = !DATA.years.length || (lo <= DATA.years[0] && hi >= DATA.years[DATA.years.length - 1]);
    var inTime = {}, keep = {}, edgeKeep = {};
    DATA.nodes.forEach(function (n) { inTime[n.id] = full || !n.time.length || intersects(n.time, lo, hi); });
    DATA.edges.forEach(function (e) {
      var ok = inTime[e.from] && inTime[e.to] && (full || intersects(e.years, lo, hi));
      edgeKeep[e.id] = ok;
    });
    DATA.nodes.forEach(function (n) {
      var own = full ? true : (n.time.length ? inTime[n.id] : false);
      keep[n.id] = own;
    });
    if (!full) DATA.edges.forEach(function (e) { if (edgeKeep[e.id]) { keep[e.from] = true; keep[e.to] = true; } });
    if (land) {
      var match = {};
      DATA.nodes.forEach(function (n) { match[n.id] = keep[n.id] && n.lands.indexOf(land) >= 0; });
      var ctx = Object.assign({}, match);
      DATA.edges.forEach(function (e) { if (!edgeKeep[e.id]) return; if (match[e.from]) ctx[e.to] = true; if (match[e.to]) ctx[e.from] = true; });
      keep = ctx;
    }
    nodes.update(DATA.nodes.map(function (n) { return { id: n.id, hidden: !(classes[n.cls] && keep[n.id]) }; }));
    edges.update(DATA.edges.map(function (e) { return { id: e.id, hidden: !edgeKeep[e.id] }; }));
    count();
    fit();
  }
  function count() {
    document.getElementById("ig-count").textContent = visibleIds().length + " / " + nodes.length + " Knoten sichtbar / nodes shown";
  }

  // --- side panel
  var panel = document.getElementById("ig-panel");
  function entityHref(id) {
    var i = id.indexOf("/id/");
    if (DATA.entityBase && i >= 0) return DATA.entityBase.replace(/\/+$/, "") + id.slice(i);
    return safeHref(id);
  }
  function show(id) {
    var n = byId[id]; if (!n) return;
    panel.textContent = "";
    var close = el("button", "close", "×"); close.type = "button"; close.title = "schließen"; close.addEventListener("click", function () { select(null); }); panel.appendChild(close);
    panel.appendChild(el("h2", "", n.full));
    var c = el("div", "cls"); c.appendChild(swatch(n.shape, n.color, 13)); c.appendChild(document.createTextNode(" " + n.clsLabel)); panel.appendChild(c);
    var link = el("a", "entity", "Entitätsseite / entity page"); link.href = entityHref(n.id); link.target = "_blank"; link.rel = "noopener"; panel.appendChild(link);
    panel.appendChild(el("div", "src", n.id));
    var dl = el("dl"); n.facts.forEach(function (f) { dl.appendChild(el("dt", "", f[0])); dl.appendChild(el("dd", "", f[1])); }); panel.appendChild(dl);
    if (n.doc >= 0) { var own = docLine(n.doc); if (own) { panel.appendChild(el("h3", "", "Dokument")); panel.appendChild(own); } }
    var rel = (incident[id] || []).slice().sort(function (a, b) { return (a.text + byId[a.from === id ? a.to : a.from].full).localeCompare(b.text + byId[b.from === id ? b.to : b.from].full); });
    panel.appendChild(el("h3", "", "Aussagen und Belege (" + rel.length + ")"));
    var ul = el("ul");
    rel.forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      var li = el("li", "rel");
      li.appendChild(document.createTextNode((e.from === id ? "" : "← ") + e.text + ": "));
      var b = el("button", "other", byId[other].full); b.type = "button"; b.addEventListener("click", function () { select(other, true); }); li.appendChild(b);
      if (e.items && e.items.length) li.appendChild(el("div", "src", e.items.join(" · ")));
      e.src.forEach(function (s) {
        if (s[0]) li.appendChild(el("div", "sent", "„" + s[0] + "“"));
        var doc = DATA.docs[s[1]];
        if (doc && doc.id === other && !s[0]) return;  // the document itself is the other end
        var d = docLine(s[1]); if (d) li.appendChild(d); else if (s[2]) li.appendChild(el("div", "src", "Quelle: " + s[2]));
      });
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    panel.classList.add("open");
  }
  var selected = null;
  function select(id, move) {
    selected = id && byId[id] ? id : null;
    if (selected) {
      network.selectNodes([selected]); show(selected);
      if (move) { network.focus(selected, { scale: Math.max(network.getScale(), 0.9), animation: false }); capLabels(); }
      history.replaceState(null, "", "#node=" + encodeURIComponent(selected));
    } else {
      network.unselectAll(); panel.classList.remove("open");
      history.replaceState(null, "", location.pathname + location.search);
    }
  }
  function fromHash() {
    var m = /^#node=(.+)$/.exec(location.hash);
    if (!m) return false;
    var id = decodeURIComponent(m[1]);
    if (!byId[id]) return false;
    if (nodes.get(id).hidden) apply();
    select(id, true);
    return true;
  }
  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0]);
    else if (!p.edges.length) select(null);
  });
  window.addEventListener("hashchange", fromHash);

  // --- search: hit count, feedback when nothing matches, Enter steps through the hits
  var search = document.getElementById("ig-search"), hitsEl = document.getElementById("ig-hits");
  var hits = [], hitAt = -1;
  function haystack(n) { return fold([n.full, n.label].concat(n.names || []).concat(n.facts.map(function (f) { return f[1]; })).join(" ")); }
  search.addEventListener("input", function () {
    var q = fold(search.value.trim());
    hits = []; hitAt = -1;
    if (!q) { hitsEl.textContent = ""; hitsEl.className = ""; network.unselectAll(); return; }
    hits = visibleIds().filter(function (id) { return haystack(byId[id]).indexOf(q) >= 0; }).sort(function (a, b) { return byId[a].rank - byId[b].rank; });
    if (hits.length) { hitsEl.textContent = hits.length + (hits.length === 1 ? " Treffer" : " Treffer") + " – Enter: nächster"; hitsEl.className = ""; network.selectNodes(hits); }
    else { hitsEl.textContent = "keine Treffer für „" + search.value.trim() + "“"; hitsEl.className = "none"; network.unselectAll(); }
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" || !hits.length) return;
    hitAt = (hitAt + 1) % hits.length;
    var id = hits[hitAt];
    network.selectNodes(hits);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    capLabels(); show(id); selected = id;
    history.replaceState(null, "", "#node=" + encodeURIComponent(id));
    hitsEl.textContent = (hitAt + 1) + " / " + hits.length + " Treffer – " + byId[id].full;
  });
  document.getElementById("ig-fit").addEventListener("click", fit);
  document.getElementById("ig-reset").addEventListener("click", function () {
    boxes.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    landSel.value = ""; if (DATA.years.length) { fromSel.value = DATA.years[0]; toSel.value = DATA.years[DATA.years.length - 1]; }
    colourSel.value = "class"; colourSel.dispatchEvent(new Event("change"));
    search.value = ""; hits = []; hitsEl.textContent = ""; hitsEl.className = "";
    select(null); apply();
  });

  // A settled force layout is round; the window is wide: stretch it to the window's shape
  // so labels get the room.
  function stretch() {
    var ids = DATA.nodes.map(function (n) { return n.id; }), pos = network.getPositions(ids);
    if (ids.length < 3) return;
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    ids.forEach(function (id) { var p = pos[id]; x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y); });
    var box = container.getBoundingClientRect();
    var want = box.width / Math.max(box.height, 1), have = (x1 - x0) / Math.max(y1 - y0, 1);
    var k = Math.min(want / Math.max(have, 0.01), 2.2);
    if (k < 1.1) return;
    var cx = (x0 + x1) / 2;
    nodes.update(ids.map(function (id) { return { id: id, x: cx + (pos[id].x - cx) * k, y: pos[id].y }; }));
  }
  function ready() {
    network.setOptions({ physics: false });
    if (DATA.options.physics.enabled) stretch();
    document.getElementById("ig-main").style.setProperty("--bar", "0px");
    var bar = document.getElementById("ig-bar").offsetHeight;
    document.documentElement.style.setProperty("--bar", bar + "px");
    document.getElementById("ig-main").style.height = "calc(100vh - " + bar + "px)";
    network.setSize("100%", "100%");
    count(); fit();
    if (!fromHash() && focusId) { network.selectNodes([focusId]); }
    settled = true;
  }
  if (DATA.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () { if (!settled) ready(); });
    setTimeout(function () { if (!settled) { network.stopSimulation(); ready(); } }, 20000);
  } else ready();
  window.intgraph = {
    network: network, nodes: nodes, edges: edges, data: DATA, nodeCount: nodes.length, edgeCount: edges.length,
    settled: function () { return settled; },
    visible: function () { return visibleIds().length; },
    visibleEdges: function () { return edges.getIds({ filter: function (e) { return !e.hidden && !nodes.get(e.from).hidden && !nodes.get(e.to).hidden; } }).length; },
    select: select, fit: fit
  };
})();
</script>
</body>
</html>
"""
