/* kgreport graph page. Report text only ever reaches the DOM through
   textContent or vis-network's string tooltips (shown with innerText). */
(function () {
  "use strict";

  var timings = { script: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var classes = data.classes;
  var relations = data.relations;

  // ---- the index: every entity and relation, as objects ----------------------
  var nc = data.nodeColumns;
  data.nodes = nc.label.map(function (label, i) {
    return {
      id: i, iri: data.base + nc.iri[i], key: nc.iri[i], cls: nc.cls[i], label: label, alt: nc.alt[i],
      deg: nc.deg[i], reps: nc.reps[i], ev: nc.ev[i], evTotal: nc.evTotal[i],
    };
  });
  var ec = data.edgeColumns;
  data.edges = ec.from.map(function (from, i) {
    return { id: i, from: from, to: ec.to[i], rel: ec.rel[i], ev: ec.ev[i], evTotal: ec.evTotal[i] };
  });
  var rankOf = new Int32Array(data.rank.length);
  data.rank.forEach(function (id, i) { rankOf[id] = i; });
  delete data.nodeColumns;
  delete data.edgeColumns;
  var info = data.nodes;
  var byKey = new Map();
  info.forEach(function (n) { byKey.set(n.key, n.id); });
  var adjacency = info.map(function () { return []; });
  data.edges.forEach(function (e) {
    adjacency[e.from].push({ edge: e, other: e.to, out: true });
    adjacency[e.to].push({ edge: e, other: e.from, out: false });
  });
  timings.parsed = performance.now();

  var hook = {
    ready: false, readyAt: null, data: data, timings: timings,
    hiddenClasses: new Set(), hiddenRelations: new Set(), expanded: new Set(),
  };
  window.kgreport = hook;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function setStatus(text) { document.getElementById("status").textContent = text; }
  function reportName(r) { return r.name || r.title || r.file || r.iri; }

  // ---- drawing constants ------------------------------------------------------
  var FONT_SIZE = 14;
  var FONT_FACE = "Noto Sans CJK SC, Noto Sans SC, sans-serif";
  var EDGE_FONT_SIZE = 12;
  // Edge labels are drawn once the view's scale is at least this (or on hover).
  var EDGE_LABEL_SCALE = 1.6;
  // At most this many edges per drawn node (see chooseEdges).
  var EDGES_PER_NODE = 2;
  // Neighbours one expansion (or a search hit, or a link) adds at most.
  var EXPAND_STEP = 40;
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = FONT_SIZE + "px " + FONT_FACE;

  // Grows with degree, but a corpus hub (thousands of edges) stays a dot beside its label.
  function nodeSize(n) { return Math.min(26, Math.round(6 + 3 * Math.log2(1 + n.deg))); }

  // ---- layout: force-directed, then no two label boxes overlap ----------------
  // A deterministic generator, so that the same view always gets the same layout.
  function random(seed) {
    var s = seed >>> 0;
    return function () {
      s = (s + 0x6d2b79f5) >>> 0;
      var t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /* Positions for `ids` (node ids) joined by `links` (pairs of indices into ids). Each node's
     box covers its dot and the label vis-network draws below it; no two boxes overlap in the
     result. Without `start` every connected component is laid out on its own and the
     components are packed in rows to the container's shape (biggest first, single nodes last);
     with `start` (known positions) kept nodes stay near theirs and new ones join them. */
  function layout(ids, links, start) {
    var n = ids.length;
    var x = new Float64Array(n), y = new Float64Array(n);
    var hw = new Float64Array(n), up = new Float64Array(n), down = new Float64Array(n);
    var rnd = random(n * 7919 + links.length);
    var neighbours = ids.map(function () { return []; });
    links.forEach(function (l) { neighbours[l[0]].push(l[1]); neighbours[l[1]].push(l[0]); });
    var meanWidth = 0;
    ids.forEach(function (id, i) {
      var r = nodeSize(info[id]);
      var w = measure.measureText(info[id].label).width;
      meanWidth += w / Math.max(n, 1);
      hw[i] = Math.max(r, w / 2) + 5;
      up[i] = r + 3;
      down[i] = r + FONT_SIZE + 9;
    });
    var k = Math.max(50, meanWidth * 0.8);
    if (start) {
      var placed = new Uint8Array(n), known = [];
      ids.forEach(function (id, i) {
        var p = start.get(id);
        if (p) { x[i] = p.x; y[i] = p.y; placed[i] = 1; known.push(i); }
      });
      var cx = 0, cy = 0, far = 0;
      known.forEach(function (i) { cx += x[i] / known.length; cy += y[i] / known.length; });
      known.forEach(function (i) { far = Math.max(far, Math.abs(x[i] - cx) + hw[i], Math.abs(y[i] - cy) + down[i]); });
      var free = [];
      for (var round = 0; round < 3; round++) {
        for (var i = 0; i < n; i++) {
          if (placed[i]) continue;
          var anchor = neighbours[i].find(function (j) { return placed[j]; });
          if (anchor === undefined && round < 2) continue;
          var a = rnd() * 2 * Math.PI;
          if (anchor !== undefined) { x[i] = x[anchor] + Math.cos(a) * k; y[i] = y[anchor] + Math.sin(a) * k; }
          else { x[i] = cx + Math.cos(a) * (far + k); y[i] = cy + Math.sin(a) * (far + k); }
          placed[i] = 1;
          free.push(i);
        }
      }
      var movable = new Uint8Array(n);
      free.forEach(function (i) { movable[i] = 1; });
      if (free.length) force(ids.map(function (_, i) { return i; }), neighbours, x, y, k, 80, k * 0.5, movable);
      separate(ids.map(function (_, i) { return i; }), x, y, hw, up, down);
    } else {
      pack(components(n, neighbours).map(function (members) {
        if (members.length > 1) {
          var s = Math.sqrt(members.length) * k;
          members.forEach(function (i) { x[i] = (rnd() - 0.5) * s; y[i] = (rnd() - 0.5) * s; });
          var iterations = members.length > 600 ? 60 : members.length > 250 ? 120 : 250;
          force(members, neighbours, x, y, k, iterations, s / 2, null);
          separate(members, x, y, hw, up, down);
        }
        return members;
      }), x, y, hw, up, down);
    }
    var out = new Map();
    ids.forEach(function (id, i) { out.set(id, { x: Math.round(x[i]), y: Math.round(y[i]) }); });
    return out;
  }

  /* Connected components (lists of indices), biggest first, ties by first index. */
  function components(n, neighbours) {
    var seen = new Uint8Array(n), out = [];
    for (var i = 0; i < n; i++) {
      if (seen[i]) continue;
      var members = [i], head = 0;
      seen[i] = 1;
      while (head < members.length) {
        neighbours[members[head++]].forEach(function (j) { if (!seen[j]) { seen[j] = 1; members.push(j); } });
      }
      out.push(members);
    }
    return out.sort(function (a, b) { return b.length - a.length || a[0] - b[0]; });
  }

  /* Fruchterman-Reingold on `members`: repulsion k^2/d within 3k (far nodes do not push),
     linear springs along edges, a pull to the members' centre. Only `movable` nodes move. */
  function force(members, neighbours, x, y, k, iterations, t0, movable) {
    var m = members.length, cutoff2 = 9 * k * k;
    var dx = new Float64Array(m), dy = new Float64Array(m);
    var local = new Map();
    members.forEach(function (v, i) { local.set(v, i); });
    for (var it = 0; it < iterations; it++) {
      var temp = t0 * (1 - it / iterations) + 1;
      dx.fill(0); dy.fill(0);
      var cx = 0, cy = 0;
      for (var i = 0; i < m; i++) { cx += x[members[i]] / m; cy += y[members[i]] / m; }
      for (i = 0; i < m; i++) {
        var a = members[i];
        for (var j = i + 1; j < m; j++) {
          var b = members[j];
          var ddx = x[a] - x[b], ddy = y[a] - y[b];
          var d2 = ddx * ddx + ddy * ddy + 0.01;
          if (d2 > cutoff2) continue;
          var f = (k * k) / d2;
          dx[i] += ddx * f; dy[i] += ddy * f; dx[j] -= ddx * f; dy[j] -= ddy * f;
        }
        neighbours[a].forEach(function (b2) {
          var j2 = local.get(b2);
          if (j2 === undefined) return;
          var lx = x[a] - x[b2], ly = y[a] - y[b2];
          var d = Math.sqrt(lx * lx + ly * ly) + 0.01;
          dx[i] -= lx * d / k; dy[i] -= ly * d / k;
        });
        dx[i] -= (x[a] - cx) * 0.02; dy[i] -= (y[a] - cy) * 0.02;
      }
      for (i = 0; i < m; i++) {
        var v = members[i];
        if (movable && !movable[v]) continue;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 1e-9;
        var step = Math.min(len, temp) / len;
        x[v] += dx[i] * step; y[v] += dy[i] * step;
      }
    }
  }

  /* Shelf-pack laid-out components into rows whose width suits the container's shape. */
  function pack(groups, x, y, hw, up, down) {
    var GAP = 24;
    var boxes = groups.map(function (members) {
      var l = Infinity, t = Infinity, r = -Infinity, b = -Infinity;
      members.forEach(function (i) {
        l = Math.min(l, x[i] - hw[i]); r = Math.max(r, x[i] + hw[i]);
        t = Math.min(t, y[i] - up[i]); b = Math.max(b, y[i] + down[i]);
      });
      return { members: members, l: l, t: t, w: r - l, h: b - t };
    });
    var area = 0, widest = 0;
    boxes.forEach(function (bx) { area += (bx.w + GAP) * (bx.h + GAP); widest = Math.max(widest, bx.w); });
    var aspect = Math.max(0.5, (container.clientWidth || 1200) / (container.clientHeight || 800));
    var rowWidth = Math.max(widest, Math.sqrt(area * aspect) * 1.05);
    var cx = 0, cy = 0, rowHeight = 0;
    boxes.forEach(function (bx) {
      if (cx > 0 && cx + bx.w > rowWidth) { cx = 0; cy += rowHeight + GAP; rowHeight = 0; }
      var ox = cx - bx.l, oy = cy - bx.t;
      bx.members.forEach(function (i) { x[i] += ox; y[i] += oy; });
      cx += bx.w + GAP;
      rowHeight = Math.max(rowHeight, bx.h);
    });
  }

  /* Push overlapping boxes of `members` apart, along the axis of least overlap, until none overlap. */
  function separate(members, x, y, hw, up, down) {
    var idx = members.slice(), n = idx.length;
    for (var round = 0; round < 500; round++) {
      var moved = false;
      idx.sort(function (a, b) { return (x[a] - hw[a]) - (x[b] - hw[b]) || a - b; });
      for (var p = 0; p < n; p++) {
        var a = idx[p];
        for (var q = p + 1; q < n; q++) {
          var b = idx[q];
          if (x[b] - hw[b] >= x[a] + hw[a]) break;
          var ox = Math.min(x[a] + hw[a], x[b] + hw[b]) - Math.max(x[a] - hw[a], x[b] - hw[b]);
          var oy = Math.min(y[a] + down[a], y[b] + down[b]) - Math.max(y[a] - up[a], y[b] - up[b]);
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          if (ox < oy) {
            var sx = (x[a] < x[b] || (x[a] === x[b] && a < b) ? -1 : 1) * (ox / 2 + 0.5);
            x[a] += sx; x[b] -= sx;
          } else {
            var sy = (y[a] < y[b] || (y[a] === y[b] && a < b) ? -1 : 1) * (oy / 2 + 0.5);
            y[a] += sy; y[b] -= sy;
          }
        }
      }
      if (!moved) return round;
      if (round % 40 === 39) {
        // Still crowded: spread the members out from their centre, which frees room faster than pushing pairs.
        var cx = 0, cy = 0;
        idx.forEach(function (i) { cx += x[i] / n; cy += y[i] / n; });
        idx.forEach(function (i) { x[i] = cx + (x[i] - cx) * 1.15; y[i] = cy + (y[i] - cy) * 1.15; });
      }
    }
    return -1;
  }

  // ---- network ------------------------------------------------------------------
  var groups = {};
  classes.forEach(function (c) {
    groups[c.key] = {
      color: {
        background: c.color, border: "#333333",
        highlight: { background: c.color, border: "#000000" }, hover: { background: c.color, border: "#000000" },
      },
    };
  });
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: { enabled: false },
    interaction: { hover: true, tooltipDelay: 150, navigationButtons: false, keyboard: false, hideEdgesOnDrag: false },
    nodes: {
      shape: "dot", borderWidth: 1,
      font: { size: FONT_SIZE, face: FONT_FACE, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
    },
    edges: {
      width: 1,
      color: { color: data.edgeColour, highlight: "#333", hover: "#333" },
      font: { size: EDGE_FONT_SIZE, align: "middle", color: "#444", strokeWidth: 3 },
      smooth: false,
      arrows: { to: { enabled: false, scaleFactor: 0.5 } },
      // a label is drawn only when its size on screen is at least this many pixels
      scaling: { label: { drawThreshold: EDGE_FONT_SIZE * EDGE_LABEL_SCALE + 1 } },
    },
    groups: groups,
  };
  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  hook.network = network; hook.nodes = nodes; hook.edges = edges;
  timings.network = performance.now();

  function tooltip(n) {
    var c = classes[n.cls];
    var lines = [c.zh + " " + c.key, n.label];
    if (n.alt.length) lines.push("别名: " + n.alt.join("、"));
    var years = yearsOf(n);
    if (years.length) lines.push("报告 " + n.reps.length + " 份 · " + years[0] + (years.length > 1 ? "–" + years[years.length - 1] : ""));
    n.ev.slice(0, 2).forEach(function (si) {
      var t = data.sentences[si].text;
      lines.push("“" + (t.length > 80 ? t.slice(0, 80) + "…" : t) + "”");
    });
    return lines.join("\n");
  }
  function yearsOf(n) {
    var ys = n.reps.map(function (r) { return data.reports[r].year; }).filter(Boolean);
    return Array.from(new Set(ys)).sort();
  }
  function visNode(id, p) {
    var n = info[id];
    return { id: id, label: n.label, title: tooltip(n), group: classes[n.cls].key, size: nodeSize(n), x: p.x, y: p.y };
  }
  function visEdge(e) {
    var rel = relations[e.rel];
    var out = {
      id: e.id, from: e.from, to: e.to, label: rel.zh, arrows: rel.directed ? "to" : "",
      title: rel.key + " (" + rel.zh + ")\n" + info[e.from].label + (rel.directed ? " → " : " ↔ ") + info[e.to].label,
    };
    if (rel.colour !== data.edgeColour) out.color = { color: rel.colour, highlight: "#333", hover: "#333" };
    return out;
  }

  // Edge labels on hover: the hovered edge's label is drawn at any scale.
  network.on("hoverEdge", function (p) { edges.update({ id: p.edge, scaling: { label: { drawThreshold: 1 } } }); });
  network.on("blurEdge", function (p) {
    if (edges.get(p.edge)) edges.update({ id: p.edge, scaling: { label: { drawThreshold: EDGE_FONT_SIZE * EDGE_LABEL_SCALE + 1 } } });
  });

  // ---- what is drawn: the facets' choice plus expanded entities -----------------
  var facets = { report: -1, yearFrom: 0, yearTo: 9999, levels: null, region: "" };
  hook.facets = facets;

  function reportMatches(r, i) {
    if (facets.report >= 0 && facets.report !== i) return false;
    if (r.year && (r.year < facets.yearFrom || r.year > facets.yearTo)) return false;
    if (facets.levels && !facets.levels.has(r.level)) return false;
    if (facets.region && r.province !== facets.region) return false;
    return true;
  }

  /* The facets' entities: those named in a matching report, best-connected first. */
  function baseView() {
    var ok = data.reports.map(reportMatches);
    var all = ok.every(Boolean);
    var chosen = [], matching = 0;
    data.rank.forEach(function (id) {
      var n = info[id];
      if (hook.hiddenClasses.has(n.cls)) return;
      if (!all && !n.reps.some(function (r) { return ok[r]; })) return;
      matching++;
      if (chosen.length < data.view) chosen.push(id);
    });
    return { ids: chosen, matching: matching };
  }

  /* The edges among `ids` to draw: all of them up to EDGES_PER_NODE per drawn node; above, a
     hairball helps nobody, so the edges of expanded nodes come first, then each node's edge to
     its best-connected neighbour (a spanning forest: every drawn link of the view keeps one),
     then the rest, best-connected ends first. The node panel lists every neighbour. */
  function chooseEdges(ids, local) {
    var all = [];
    ids.forEach(function (id) {
      adjacency[id].forEach(function (a) {
        if (a.out && !hook.hiddenRelations.has(a.edge.rel) && local.has(a.other)) all.push(a.edge);
      });
    });
    var cap = EDGES_PER_NODE * ids.length;
    hook.edgesAvailable = all.length;
    if (all.length <= cap) return all;
    var taken = new Set(), out = [];
    function take(e) { if (!taken.has(e.id) && out.length < cap) { taken.add(e.id); out.push(e); } }
    all.forEach(function (e) { if (hook.expanded.has(e.from) || hook.expanded.has(e.to)) take(e); });
    var best = new Map();
    all.forEach(function (e) {
      [[e.from, e.to], [e.to, e.from]].forEach(function (p) {
        var cur = best.get(p[0]);
        if (!cur || rankOf[p[1]] < rankOf[cur.from === p[0] ? cur.to : cur.from]) best.set(p[0], e);
      });
    });
    ids.forEach(function (id) { if (best.has(id)) take(best.get(id)); });
    all.sort(function (a, b) {
      return Math.max(rankOf[a.from], rankOf[a.to]) - Math.max(rankOf[b.from], rankOf[b.to]) || a.id - b.id;
    }).forEach(take);
    return out.sort(function (a, b) { return a.id - b.id; });
  }

  var lastMatching = 0;
  /* Draw the current view. `keep`: keep the drawn nodes where they are and place new ones
     around them (expansion); otherwise lay the whole view out afresh and fit it. */
  function redraw(keep) {
    var t0 = performance.now();
    var base = baseView();
    lastMatching = base.matching;
    var want = new Set(base.ids);
    hook.expanded.forEach(function (id) { if (!hook.hiddenClasses.has(info[id].cls)) want.add(id); });
    var ids = Array.from(want).sort(function (a, b) { return a - b; });
    var local = new Map();
    ids.forEach(function (id, i) { local.set(id, i); });
    var drawnEdges = chooseEdges(ids, local);
    var links = drawnEdges.map(function (e) { return [local.get(e.from), local.get(e.to)]; });
    var start = null;
    if (keep) {
      start = new Map();
      var current = network.getPositions();
      Object.keys(current).forEach(function (k) { start.set(Number(k), current[k]); });
    }
    var t1 = performance.now();
    var pos = layout(ids, links, start);
    var t2 = performance.now();
    nodes.clear();
    edges.clear();
    nodes.add(ids.map(function (id) { return visNode(id, pos.get(id)); }));
    var t3 = performance.now();
    edges.add(drawnEdges.map(visEdge));
    var t4 = performance.now();
    if (!keep) network.fit({ animation: false });
    hook.lastLayoutMs = performance.now() - t0;
    hook.lastRedrawParts = { select: t1 - t0, layout: t2 - t1, nodes: t3 - t2, edges: t4 - t3 };
    document.getElementById("clear-expansion").hidden = hook.expanded.size === 0;
    var note = "";
    if (base.matching > base.ids.length) {
      note = "显示连接最多的 " + base.ids.length + " / " + base.matching + " 个实体（请用筛选或搜索缩小范围） · showing " +
        base.ids.length + " of " + base.matching + " entities, best-connected first: narrow with the facets or search";
    }
    document.getElementById("view-note").textContent = note;
    document.getElementById("summary").textContent =
      ids.length + " / " + data.total + " 个实体 entities · " + drawnEdges.length + " / " + data.edges.length +
      " 条关系 relations" + (drawnEdges.length < hook.edgesAvailable ? "（" + hook.edgesAvailable + " 条相连，只画主干 · only the backbone of " +
      hook.edgesAvailable + " drawn）" : "") + " · " + data.reports.filter(reportMatches).length + " / " + data.reports.length + " 份报告 reports";
  }
  hook.redraw = redraw;

  function markReady() {
    if (hook.ready) return;
    hook.ready = true;
    hook.readyAt = timings.ready = performance.now();
    document.body.setAttribute("data-ready", "1");
  }

  // ---- facets ---------------------------------------------------------------------
  function option(select, value, text) {
    var o = el("option", text);
    o.value = String(value);
    select.appendChild(o);
    return o;
  }
  var reportSelect = document.getElementById("facet-report");
  option(reportSelect, -1, "全部报告 all reports (" + data.reports.length + ")");
  data.reports.map(function (r, i) { return i; }).sort(function (a, b) {
    var ra = data.reports[a], rb = data.reports[b];
    return (ra.province + ra.region).localeCompare(rb.province + rb.region, "zh") || ra.year - rb.year || a - b;
  }).forEach(function (i) { option(reportSelect, i, reportName(data.reports[i])); });
  var years = Array.from(new Set(data.reports.map(function (r) { return r.year; }).filter(Boolean))).sort();
  var fromSelect = document.getElementById("facet-year-from");
  var toSelect = document.getElementById("facet-year-to");
  years.forEach(function (y) { option(fromSelect, y, y); option(toSelect, y, y); });
  if (years.length) { fromSelect.value = String(years[0]); toSelect.value = String(years[years.length - 1]); }
  var levelBox = document.getElementById("facet-level");
  var levels = Array.from(new Set(data.reports.map(function (r) { return r.level; }))).sort();
  var LEVEL_ZH = { national: "国家级", province: "省级", city: "市级", county: "县级", district: "区级", town: "乡镇", "": "未知" };
  levels.forEach(function (lv) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = lv;
    box.addEventListener("change", onFacet);
    label.appendChild(box);
    label.appendChild(el("span", (LEVEL_ZH[lv] || lv) + " " + (lv || "unknown")));
    label.appendChild(el("span", String(data.reports.filter(function (r) { return r.level === lv; }).length), "count"));
    levelBox.appendChild(label);
  });
  var regionSelect = document.getElementById("facet-region");
  option(regionSelect, "", "全部地区 all regions");
  Array.from(new Set(data.reports.map(function (r) { return r.province; }).filter(Boolean)))
    .sort(function (a, b) { return a.localeCompare(b, "zh"); })
    .forEach(function (p) { option(regionSelect, p, p); });

  function readFacets() {
    facets.report = Number(reportSelect.value);
    facets.yearFrom = years.length ? Number(fromSelect.value) : 0;
    facets.yearTo = years.length ? Number(toSelect.value) : 9999;
    var checked = Array.from(levelBox.querySelectorAll("input")).filter(function (b) { return b.checked; });
    facets.levels = checked.length === levels.length ? null : new Set(checked.map(function (b) { return b.value; }));
    facets.region = regionSelect.value;
  }
  function onFacet() {
    readFacets();
    hook.expanded.clear();
    redraw(false);
  }
  [reportSelect, fromSelect, toSelect, regionSelect].forEach(function (s) { s.addEventListener("change", onFacet); });
  document.getElementById("clear-expansion").addEventListener("click", function () {
    hook.expanded.clear();
    redraw(false);
  });

  // ---- legend: class and relation checkboxes --------------------------------------
  function filterRow(index, item, set, swatchColor, total) {
    var label = el("label");
    label.title = item.key;
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-key", item.key);
    box.addEventListener("change", function () {
      if (box.checked) set.delete(index); else set.add(index);
      redraw(true);
    });
    label.appendChild(box);
    if (swatchColor) {
      var swatch = el("span", null, "swatch");
      swatch.style.background = swatchColor;
      label.appendChild(swatch);
    }
    label.appendChild(el("span", item.zh + " " + item.key));
    label.appendChild(el("span", String(total), "count"));
    return label;
  }
  var classBox = document.getElementById("class-filters");
  classes.forEach(function (c, i) {
    var row = filterRow(i, c, hook.hiddenClasses, c.color, c.total);
    row.id = "class-" + c.key;
    classBox.appendChild(row);
  });
  var relBox = document.getElementById("relation-filters");
  relations.forEach(function (r, i) {
    var row = filterRow(i, r, hook.hiddenRelations, null, r.total);
    row.id = "relation-" + r.key;
    relBox.appendChild(row);
  });

  function showClass(cls) {
    if (!hook.hiddenClasses.has(cls)) return;
    hook.hiddenClasses.delete(cls);
    var box = document.querySelector("#class-" + classes[cls].key + " input");
    if (box) box.checked = true;
  }

  // ---- side panel -------------------------------------------------------------------
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  document.getElementById("panel-close").addEventListener("click", function () {
    panel.hidden = true;
    network.unselectAll();
  });

  function openPanel(kind, value) {
    while (body.firstChild) body.removeChild(body.firstChild);
    ["data-node", "data-edge", "data-report"].forEach(function (a) { body.removeAttribute(a); });
    body.setAttribute(kind, String(value));
    panel.hidden = false;
  }

  function whereText(sentenceIndex) {
    var s = data.sentences[sentenceIndex];
    var parts = [];
    if (s.report >= 0) parts.push(reportName(data.reports[s.report]));
    if (s.section >= 0) parts.push(data.sections[s.section].title);
    return parts.filter(Boolean).join(" · ");
  }

  function evidenceList(indices, total) {
    var list = el("ol", null, "evidence");
    indices.forEach(function (si) {
      var li = el("li", data.sentences[si].text);
      var where = whereText(si);
      if (where) li.appendChild(el("span", where, "where"));
      list.appendChild(li);
    });
    var frag = document.createDocumentFragment();
    frag.appendChild(list);
    if (total > indices.length) {
      frag.appendChild(el("p", "另有 " + (total - indices.length) + " 句（见 graph.ttl） · " +
        (total - indices.length) + " more sentences (see graph.ttl)", "note"));
    }
    return frag;
  }

  function isDrawn(id) { return !!nodes.get(id); }

  function nodeButton(id) {
    var b = el("button", info[id].label, "linkish" + (isDrawn(id) ? "" : " undrawn"));
    b.type = "button";
    b.setAttribute("data-id", String(id));
    if (!isDrawn(id)) b.title = "未绘制，点击绘制 · not drawn: click to draw";
    b.addEventListener("click", function () { focusNode(id, false); });
    return b;
  }

  function classChip(cls) {
    var chip = el("span", null, "chip");
    var swatch = el("span", null, "swatch");
    swatch.style.background = classes[cls].color;
    chip.appendChild(swatch);
    chip.appendChild(el("span", classes[cls].zh + " " + classes[cls].key));
    return chip;
  }

  function showNodePanel(id) {
    var n = info[id];
    if (!n) return;
    openPanel("data-node", id);
    body.appendChild(classChip(n.cls));
    body.appendChild(el("h2", n.label));
    var actions = el("div", null, "actions");
    var undrawn = new Set(adjacency[id].filter(function (a) { return !isDrawn(a.other); })
      .map(function (a) { return a.other; })).size;
    var expand = el("button", "展开邻居 Expand neighbours (+" + Math.min(undrawn, EXPAND_STEP) +
      (undrawn > EXPAND_STEP ? " / " + undrawn : "") + ")");
    expand.type = "button";
    expand.id = "expand";
    expand.disabled = undrawn === 0;
    expand.addEventListener("click", function () { expandNode(id); });
    actions.appendChild(expand);
    body.appendChild(actions);
    body.appendChild(el("h3", "其他名称 Other names"));
    body.appendChild(el("p", n.alt.length ? n.alt.join("、") : "—", "alt-names"));
    body.appendChild(el("h3", "IRI"));
    body.appendChild(el("code", n.iri));
    body.appendChild(el("h3", "时间线 Timeline: " + n.reps.length + " 份报告 reports"));
    var timeline = el("ol", null, "timeline");
    n.reps.slice().sort(function (a, b) {
      return data.reports[a].year - data.reports[b].year || a - b;
    }).forEach(function (r) {
      var report = data.reports[r];
      var li = el("li");
      li.setAttribute("data-report", String(r));
      li.appendChild(el("span", report.year ? String(report.year) : "—", "year"));
      var b = el("button", reportName(report), "linkish");
      b.type = "button";
      b.style.display = "inline";
      b.style.width = "auto";
      b.addEventListener("click", function () { showReportPanel(r); });
      li.appendChild(b);
      timeline.appendChild(li);
    });
    body.appendChild(timeline);
    body.appendChild(el("h3", "证据句 Evidence (" + n.evTotal + ")"));
    body.appendChild(evidenceList(n.ev, n.evTotal));
    body.appendChild(el("h3", "相邻实体 Neighbours (" + n.deg + ")"));
    var byRel = new Map();
    adjacency[id].forEach(function (a) {
      var key = a.edge.rel + (relations[a.edge.rel].directed ? (a.out ? ">" : "<") : "=");
      if (!byRel.has(key)) byRel.set(key, []);
      byRel.get(key).push(a);
    });
    Array.from(byRel.keys()).sort().forEach(function (key) {
      var items = byRel.get(key);
      var rel = relations[items[0].edge.rel];
      var heading = rel.zh + " " + rel.key;
      if (rel.directed) heading = items[0].out ? heading + " →" : "← " + heading;
      var box = el("div", null, "neighbours");
      box.setAttribute("data-relation", rel.key);
      box.appendChild(el("div", heading, "where"));
      items.sort(function (a, b) {
        return info[a.other].label < info[b.other].label ? -1 : 1;
      }).slice(0, 200).forEach(function (a) { box.appendChild(nodeButton(a.other)); });
      body.appendChild(box);
    });
    if (!byRel.size) body.appendChild(el("p", "—"));
  }

  function showEdgePanel(id) {
    var e = data.edges[id];
    if (!e) return;
    var rel = relations[e.rel];
    openPanel("data-edge", id);
    body.appendChild(el("span", "关系 Relation", "chip"));
    body.appendChild(el("h2", rel.zh + " " + rel.key));
    var ends = el("p", null, "edge-ends");
    ends.appendChild(nodeButton(e.from));
    ends.appendChild(el("span", rel.directed ? " → " : " ↔ "));
    ends.appendChild(nodeButton(e.to));
    body.appendChild(ends);
    body.appendChild(el("h3", "依据 Stated by (" + e.evTotal + ")"));
    if (e.ev.length) body.appendChild(evidenceList(e.ev, e.evTotal));
    else body.appendChild(el("p", "—"));
  }

  function showReportPanel(index) {
    var r = data.reports[index];
    if (!r) return;
    openPanel("data-report", index);
    body.appendChild(el("span", "报告 Report", "chip"));
    body.appendChild(el("h2", reportName(r)));
    [r.file, r.date, [r.province, r.region, r.level].filter(Boolean).join(" · ")].forEach(function (t) {
      if (t) body.appendChild(el("p", t, "where"));
    });
    var only = el("button", "只看这份报告 Draw this report", "linkish");
    only.type = "button";
    only.addEventListener("click", function () { reportSelect.value = String(index); onFacet(); });
    body.appendChild(only);
    body.appendChild(el("h3", "IRI"));
    body.appendChild(el("code", r.iri));
    body.appendChild(el("h3", "指标 Indicators (" + r.indicatorTotal + ")"));
    if (!r.indicators.length) {
      body.appendChild(el("p", "—"));
      return;
    }
    var table = el("table", null, "indicators");
    r.indicators.forEach(function (ind) {
      var row = el("tr");
      var what = el("td", ind.label);
      if (ind.ev >= 0) {
        what.title = data.sentences[ind.ev].text;
        what.appendChild(el("span", data.sentences[ind.ev].text, "where"));
      }
      row.appendChild(what);
      row.appendChild(el("td", ind.surface, "num"));
      row.appendChild(el("td", ind.value + (ind.unit ? " " + ind.unit : ""), "num"));
      table.appendChild(row);
    });
    body.appendChild(table);
    if (r.indicatorTotal > r.indicators.length) {
      var more = r.indicatorTotal - r.indicators.length;
      body.appendChild(el("p", "另有 " + more + " 项 · " + more + " more (see graph.ttl)", "note"));
    }
  }

  var reportList = document.getElementById("report-list");
  data.reports.forEach(function (r, i) {
    var li = el("li");
    var b = el("button", reportName(r), "linkish");
    b.type = "button";
    if (r.file) b.title = r.file;
    b.addEventListener("click", function () { showReportPanel(i); });
    li.appendChild(b);
    reportList.appendChild(li);
  });

  // ---- focus, expansion, URL fragment -------------------------------------------------
  function setFragment(id) {
    var hash = "#node=" + encodeURIComponent(info[id].key);
    if (location.hash !== hash) history.replaceState(null, "", hash);
  }

  /* Draw a node (with its neighbours when `withNeighbours`), select it, centre it, open its panel. */
  function focusNode(id, withNeighbours) {
    var n = info[id];
    if (!n) return;
    var before = hook.expanded.size;
    showClass(n.cls);
    if (!isDrawn(id)) hook.expanded.add(id);
    if (withNeighbours) addNeighbours(id);
    if (hook.expanded.size !== before || !isDrawn(id)) redraw(nodes.length > 0);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showNodePanel(id);
    setFragment(id);
  }

  /* Mark the undrawn neighbours of `id` (any report) to be drawn: the best-connected
     EXPAND_STEP of them, so that a corpus hub with thousands opens a step at a time. */
  function addNeighbours(id) {
    var undrawn = Array.from(new Set(adjacency[id].map(function (a) { return a.other; })
      .filter(function (o) { return !isDrawn(o) && !hook.expanded.has(o); })));
    undrawn.sort(function (a, b) { return rankOf[a] - rankOf[b]; }).slice(0, EXPAND_STEP).forEach(function (o) {
      hook.expanded.add(o);
      showClass(info[o].cls);
    });
  }

  /* One step of expansion: draw the neighbours of `id`, in any report (EXPAND_STEP at a time). */
  function expandNode(id) {
    addNeighbours(id);
    redraw(true);
    network.selectNodes([id]);
    showNodePanel(id);
  }

  function fromFragment() {
    var m = /^#node=(.+)$/.exec(location.hash);
    if (!m) return false;
    var key;
    try { key = decodeURIComponent(m[1]); } catch (err) { return false; }
    var id = byKey.get(key);
    if (id === undefined) { setStatus("链接中的实体不存在 · the linked entity is not in this graph"); return false; }
    focusNode(id, true);
    return true;
  }
  window.addEventListener("hashchange", fromFragment);

  network.on("click", function (params) {
    if (params.nodes.length) { showNodePanel(params.nodes[0]); setFragment(params.nodes[0]); }
    else if (params.edges.length) showEdgePanel(params.edges[0]);
  });
  network.on("doubleClick", function (params) { if (params.nodes.length) expandNode(params.nodes[0]); });

  // ---- search: every entity, drawn or not ------------------------------------------
  var searchIndex = null;  // built at the first search: not on the way to the first view

  function findByName(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    if (!searchIndex) {
      searchIndex = info.map(function (n) {
        return [n.label].concat(n.alt).map(function (s) { return s.toLowerCase(); });
      });
    }
    var hits = [];
    searchIndex.forEach(function (names, id) {
      var best = 99;
      for (var i = 0; i < names.length; i++) {
        var at = names[i].indexOf(q);
        if (at < 0) continue;
        var score = (names[i] === q ? 0 : at === 0 ? 2 : 4) + (i > 0 ? 1 : 0);
        if (score < best) best = score;
      }
      if (best < 99) hits.push({ id: id, score: best });
    });
    hits.sort(function (a, b) {
      return a.score - b.score || info[b.id].deg - info[a.id].deg || a.id - b.id;
    });
    return hits.map(function (h) { return h.id; });
  }

  var searchInput = document.getElementById("search");
  var results = document.getElementById("search-results");
  function showResults(ids) {
    while (results.firstChild) results.removeChild(results.firstChild);
    ids.slice(0, 30).forEach(function (id) {
      var n = info[id];
      var li = el("li");
      var b = el("button");
      b.type = "button";
      b.appendChild(el("span", n.label));
      var years = yearsOf(n);
      var hint = classes[n.cls].zh + " · " + n.reps.length + " 份报告" +
        (years.length ? " " + years[0] + (years.length > 1 ? "–" + years[years.length - 1] : "") : "") +
        (n.alt.length ? " · " + n.alt.join("、") : "");
      b.appendChild(el("span", hint, "hint"));
      b.addEventListener("click", function () { results.hidden = true; focusNode(id, true); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (ids.length > 30) results.appendChild(el("li", "另有 " + (ids.length - 30) + " 个 · " + (ids.length - 30) + " more", "note"));
    if (!ids.length && searchInput.value.trim()) results.appendChild(el("li", "没有匹配 · no match", "note"));
    results.hidden = !searchInput.value.trim();
  }
  searchInput.addEventListener("input", function () { showResults(findByName(searchInput.value)); });
  searchInput.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = findByName(searchInput.value);
      if (ids.length) { results.hidden = true; focusNode(ids[0], true); }
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });

  // ---- test hook --------------------------------------------------------------------
  hook.findByName = findByName;
  hook.focusNode = focusNode;
  hook.expandNode = expandNode;
  hook.showNodePanel = showNodePanel;
  hook.showEdgePanel = showEdgePanel;
  hook.showReportPanel = showReportPanel;
  hook.layout = layout;
  hook.nodeIdByIri = function (iri) {
    var id = iri.indexOf(data.base) === 0 ? byKey.get(iri.slice(data.base.length)) : undefined;
    return id === undefined ? null : id;
  };
  /* Ids of the nodes vis-network currently draws (not hidden). */
  hook.drawnNodeIds = function () {
    return network.body.nodeIndices.filter(function (id) {
      return !network.body.nodes[id].options.hidden;
    });
  };
  hook.drawnEdgeIds = function () {
    return network.body.edgeIndices.filter(function (id) {
      var e = network.body.edges[id];
      return !e.options.hidden && e.connected && !e.from.options.hidden && !e.to.options.hidden;
    });
  };
  /* Page coordinates of a node's centre, for clicking it. */
  hook.nodePagePoint = function (id) {
    var p = network.canvasToDOM(network.getPositions([id])[id]);
    var r = container.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  };
  /* The label boxes vis-network drew, in page pixels: [{id, left, top, right, bottom}]. */
  hook.labelBoxes = function () {
    var r = container.getBoundingClientRect();
    return hook.drawnNodeIds().map(function (id) {
      var s = network.body.nodes[id].labelModule.size;
      var a = network.canvasToDOM({ x: s.left, y: s.top });
      var b = network.canvasToDOM({ x: s.left + s.width, y: s.top + s.height });
      return { id: id, left: r.left + a.x, top: r.top + a.y, right: r.left + b.x, bottom: r.top + b.y };
    });
  };

  // ---- first view ---------------------------------------------------------------------
  redraw(false);
  if (data.nodes.length === 0) setStatus("图中没有实体 · the graph has no entities");
  fromFragment();
  network.once("afterDrawing", markReady);
  network.redraw();
})();
