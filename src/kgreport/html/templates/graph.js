/* kgreport graph page. Report text only ever reaches the DOM through
   textContent or vis-network's string tooltips (shown with innerText). */
(function () {
  "use strict";

  var timings = { script: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var classes = data.classes;
  var relations = data.relations;
  var info = new Map();
  data.nodes.forEach(function (n) { info.set(n.id, n); });
  var edgeInfo = new Map();
  var adjacency = new Map();
  data.edges.forEach(function (e) {
    edgeInfo.set(e.id, e);
    if (!adjacency.has(e.from)) adjacency.set(e.from, []);
    if (!adjacency.has(e.to)) adjacency.set(e.to, []);
    adjacency.get(e.from).push({ edge: e, other: e.to, out: true });
    adjacency.get(e.to).push({ edge: e, other: e.from, out: false });
  });

  timings.parsed = performance.now();
  var hook = {
    ready: false, readyAt: null, data: data, timings: timings,
    hiddenClasses: new Set(), hiddenRelations: new Set(),
  };
  window.kgreport = hook;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function setStatus(text) { document.getElementById("status").textContent = text; }

  document.getElementById("summary").textContent =
    data.shown + " 个实体 entities · " + data.edgesShown + " 条关系 relations · " +
    data.reports.length + " 份报告 reports";

  // ---- network --------------------------------------------------------------
  var nodes = new vis.DataSet(data.vis.nodes);
  var edges = new vis.DataSet(data.vis.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.vis.options);
  hook.network = network; hook.nodes = nodes; hook.edges = edges;
  timings.network = performance.now();

  function markReady() {
    if (hook.ready) return;
    hook.ready = true;
    hook.readyAt = timings.ready = performance.now();
    document.body.setAttribute("data-ready", "1");
    setStatus("");
  }
  if (data.physics && data.vis.nodes.length > 0) {
    setStatus("布局计算中… laying out");
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
    if (data.vis.nodes.length === 0) {
      setStatus("图中没有实体 · the graph has no entities");
      markReady();
    }
  }

  // ---- legend and filters ---------------------------------------------------
  function applyFilters() {
    var nodeUpdates = [];
    data.nodes.forEach(function (n) {
      var hidden = hook.hiddenClasses.has(n.cls);
      var current = nodes.get(n.id, { fields: ["hidden"] });
      if (!!(current && current.hidden) !== hidden) nodeUpdates.push({ id: n.id, hidden: hidden });
    });
    var edgeUpdates = [];
    data.edges.forEach(function (e) {
      var hidden = hook.hiddenRelations.has(e.rel) ||
        hook.hiddenClasses.has(info.get(e.from).cls) || hook.hiddenClasses.has(info.get(e.to).cls);
      var current = edges.get(e.id, { fields: ["hidden"] });
      if (!!(current && current.hidden) !== hidden) edgeUpdates.push({ id: e.id, hidden: hidden });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
  }

  function filterRow(index, item, set, swatchColor, shown, total, hoverText) {
    var label = el("label");
    label.title = hoverText;
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-key", item.key);
    box.addEventListener("change", function () {
      if (box.checked) set.delete(index); else set.add(index);
      applyFilters();
    });
    label.appendChild(box);
    if (swatchColor) {
      var swatch = el("span", null, "swatch");
      swatch.style.background = swatchColor;
      label.appendChild(swatch);
    }
    label.appendChild(el("span", item.zh + " " + item.key));
    label.appendChild(el("span", shown === total ? String(total) : shown + " / " + total, "count"));
    return label;
  }
  var classBox = document.getElementById("class-filters");
  classes.forEach(function (c, i) {
    var row = filterRow(i, c, hook.hiddenClasses, c.color, c.shown, c.total, c.key);
    row.id = "class-" + c.key;
    classBox.appendChild(row);
  });
  var relBox = document.getElementById("relation-filters");
  relations.forEach(function (r, i) {
    var row = filterRow(i, r, hook.hiddenRelations, null, r.shown, r.total, r.key);
    row.id = "relation-" + r.key;
    relBox.appendChild(row);
  });

  function showClass(cls) {
    if (!hook.hiddenClasses.has(cls)) return;
    hook.hiddenClasses.delete(cls);
    var box = document.querySelector("#class-" + classes[cls].key + " input");
    if (box) box.checked = true;
    applyFilters();
  }

  // ---- side panel -----------------------------------------------------------
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  document.getElementById("panel-close").addEventListener("click", function () {
    panel.hidden = true;
    network.unselectAll();
  });

  function openPanel() {
    while (body.firstChild) body.removeChild(body.firstChild);
    panel.hidden = false;
  }

  function whereText(sentenceIndex) {
    var s = data.sentences[sentenceIndex];
    var parts = [];
    if (s.report >= 0) parts.push(data.reports[s.report].title || data.reports[s.report].file);
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
      frag.appendChild(el("p", "另有 " + (total - indices.length) + " 句 · " +
        (total - indices.length) + " more sentences", "note"));
    }
    return frag;
  }

  function nodeButton(id) {
    var b = el("button", info.get(id).label, "linkish");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
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
    var n = info.get(id);
    if (!n) return;
    openPanel();
    body.removeAttribute("data-edge");
    body.removeAttribute("data-report");
    body.setAttribute("data-node", String(id));
    body.appendChild(classChip(n.cls));
    body.appendChild(el("h2", n.label));
    body.appendChild(el("h3", "其他名称 Other names"));
    body.appendChild(el("p", n.alt.length ? n.alt.join("、") : "—", "alt-names"));
    body.appendChild(el("h3", "IRI"));
    body.appendChild(el("code", n.iri));
    body.appendChild(el("h3", "出处 Reports and sections"));
    var places = el("ul", null, "places");
    n.places.forEach(function (p) {
      var report = p[0] >= 0 ? data.reports[p[0]] : null;
      var li = el("li", report ? (report.title || report.file) : "—");
      if (report && report.file && report.title) li.appendChild(el("span", report.file, "where"));
      if (p[1].length) {
        var titles = p[1].map(function (s) { return data.sections[s].title; }).filter(Boolean);
        if (titles.length) li.appendChild(el("span", titles.join(" · "), "where"));
      }
      places.appendChild(li);
    });
    body.appendChild(places);
    body.appendChild(el("h3", "证据句 Evidence (" + n.evTotal + ")"));
    body.appendChild(evidenceList(n.ev, n.evTotal));
    body.appendChild(el("h3", "相邻实体 Neighbours (" + n.deg + ")"));
    var groups = new Map();
    (adjacency.get(id) || []).forEach(function (a) {
      var key = a.edge.rel + (relations[a.edge.rel].directed ? (a.out ? ">" : "<") : "=");
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(a);
    });
    Array.from(groups.keys()).sort().forEach(function (key) {
      var items = groups.get(key);
      var rel = relations[items[0].edge.rel];
      var heading = rel.zh + " " + rel.key;
      if (rel.directed) heading = items[0].out ? heading + " →" : "← " + heading;
      var box = el("div", null, "neighbours");
      box.setAttribute("data-relation", rel.key);
      box.appendChild(el("div", heading, "where"));
      items.sort(function (a, b) {
        return info.get(a.other).label < info.get(b.other).label ? -1 : 1;
      }).forEach(function (a) { box.appendChild(nodeButton(a.other)); });
      body.appendChild(box);
    });
    if (!groups.size) body.appendChild(el("p", "—"));
    var hiddenNeighbours = n.deg - (adjacency.get(id) || []).length;
    if (hiddenNeighbours > 0) {
      body.appendChild(el("p", "另有 " + hiddenNeighbours + " 个关系未显示 · " + hiddenNeighbours +
        " relations to entities not drawn", "note"));
    }
  }

  function showEdgePanel(id) {
    var e = edgeInfo.get(id);
    if (!e) return;
    var rel = relations[e.rel];
    openPanel();
    body.setAttribute("data-edge", String(id));
    body.removeAttribute("data-node");
    body.removeAttribute("data-report");
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
    openPanel();
    body.removeAttribute("data-node");
    body.removeAttribute("data-edge");
    body.setAttribute("data-report", String(index));
    body.appendChild(el("span", "报告 Report", "chip"));
    body.appendChild(el("h2", r.title || r.file || r.iri));
    if (r.file) body.appendChild(el("p", r.file, "where"));
    if (r.date) body.appendChild(el("p", r.date, "where"));
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
    var b = el("button", r.title || r.file || r.iri, "linkish");
    b.type = "button";
    if (r.file) b.title = r.file;
    b.addEventListener("click", function () { showReportPanel(i); });
    li.appendChild(b);
    reportList.appendChild(li);
  });

  function focusNode(id) {
    var n = info.get(id);
    if (!n) return;
    showClass(n.cls);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
    showNodePanel(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNodePanel(params.nodes[0]);
    else if (params.edges.length) showEdgePanel(params.edges[0]);
  });

  // ---- search ---------------------------------------------------------------
  var searchIndex = data.nodes.map(function (n) {
    return { id: n.id, names: [n.label].concat(n.alt).map(function (s) { return s.toLowerCase(); }) };
  });

  function findByName(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    searchIndex.forEach(function (entry) {
      var best = 99;
      entry.names.forEach(function (name, i) {
        var alt = i > 0 ? 1 : 0;
        var score = name === q ? 0 : name.indexOf(q) === 0 ? 2 : name.indexOf(q) > 0 ? 4 : 99;
        if (score < 99) best = Math.min(best, score + alt);
      });
      if (best < 99) hits.push({ id: entry.id, score: best });
    });
    hits.sort(function (a, b) {
      return a.score - b.score || info.get(b.id).deg - info.get(a.id).deg || a.id - b.id;
    });
    return hits.map(function (h) { return h.id; });
  }

  var searchInput = document.getElementById("search");
  var results = document.getElementById("search-results");
  function showResults(ids) {
    while (results.firstChild) results.removeChild(results.firstChild);
    ids.slice(0, 30).forEach(function (id) {
      var n = info.get(id);
      var li = el("li");
      var b = el("button");
      b.type = "button";
      b.appendChild(el("span", n.label));
      var hint = classes[n.cls].zh + (n.alt.length ? " · " + n.alt.join("、") : "");
      b.appendChild(el("span", hint, "hint"));
      b.addEventListener("click", function () { results.hidden = true; focusNode(id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (!ids.length && searchInput.value.trim()) results.appendChild(el("li", "没有匹配 · no match", "note"));
    results.hidden = !searchInput.value.trim();
  }
  searchInput.addEventListener("input", function () { showResults(findByName(searchInput.value)); });
  searchInput.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = findByName(searchInput.value);
      if (ids.length) { results.hidden = true; focusNode(ids[0]); }
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });

  // ---- test hook ------------------------------------------------------------
  hook.findByName = findByName;
  hook.focusNode = focusNode;
  hook.showNodePanel = showNodePanel;
  hook.showEdgePanel = showEdgePanel;
  hook.showReportPanel = showReportPanel;
  hook.nodeIdByIri = function (iri) {
    var hit = data.nodes.find(function (n) { return n.iri === iri; });
    return hit ? hit.id : null;
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
})();
