/*
 * Draws an Entente report (the JSON of org.entente.report.Report) with ECharts: a header with the counts, a legend,
 * the graph, a details panel and the findings table. Shared by the HTML report and any page that shows reports:
 *
 *   var view = EntenteReport.mount(element, report);
 *   view.update(anotherReport);   // redraw, e.g. after a what-if
 *   view.select(findingId);       // show a finding, as a click on its edge does
 *
 * Text from the report reaches the page only through textContent, or through echarts.format.encodeHTML for
 * tooltips, so names and quotes are never read as markup.
 */
(function (global) {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var DASH = { against: [7, 4] };
  var SYMBOL = { organisation: 'roundRect', state: 'circle', person: 'circle', initiative: 'diamond',
    outreach: 'diamond', event: 'triangle' };
  var GHOST = 0.22;
  /* Room around the graph, in pixels; more on the right, where the labels are. */
  var MARGIN = { left: 40, top: 34, right: 180, bottom: 34 };
  /* The widest an organisation's box grows for its name; a longer name is cut short (the tooltip has it whole). */
  var ORGANISATION_WIDTH = 170;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child !== null && child !== undefined) {
        parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    }
    return parent;
  }

  function svg(tag, attributes) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    return node;
  }

  function plural(count, noun) {
    var many = /y$/.test(noun) ? noun.slice(0, -1) + 'ies' : noun + 's';
    return count + ' ' + (count === 1 ? noun : many);
  }

  function index(report) {
    var byId = {};
    report.findings.forEach(function (entry) {
      byId[entry.id] = entry;
    });
    return byId;
  }

  function groupColours(report) {
    var colours = {};
    report.graph.groups.forEach(function (group) {
      colours[group.name] = group.colour;
    });
    return colours;
  }

  /* The kind of the first finding drawn on a node because it is about no other node. */
  function markKind(node, byId) {
    return node.marks.length ? byId[node.marks[0]].kind : null;
  }

  function nodeLabel(node, byId) {
    var refs = node.marks.map(function (id) {
      return byId[id].ref;
    });
    return refs.length ? node.name + ' (' + refs.join(', ') + ')' : node.name;
  }

  function header(report) {
    var counts = report.counts;
    var box = el('header');
    add(box, el('h1', null, report.title));
    if (report.scenario) {
      if (report.scenario.description) {
        add(box, el('p', 'sub', report.scenario.description));
      }
      add(box, el('p', 'sub', 'Scenario ' + report.scenario.file + ' (' + plural(report.scenario.changes, 'change')
          + ') on ' + report.packs.join(', ') + '; ' + counts.facts + ' facts, ' + counts.rules + ' rules.'));
    } else {
      add(box, el('p', 'sub', counts.facts + ' facts, ' + counts.rules + ' rules.'));
    }
    var line = add(el('p', 'counts'), plural(counts.findings, 'finding') + ': ',
        el('b', 'tension', plural(counts.tensions, 'tension')), ', ',
        el('b', 'alignment', plural(counts.alignments, 'alignment')), ', ',
        el('b', 'inconsistency', plural(counts.inconsistencies, 'inconsistency')), '.');
    if (report.scenario) {
      add(line, '  ', el('span', 'diffline', 'Diff against the baseline: ' + (counts.added ? '+' : '') + counts.added
          + ' added, ' + (counts.removed ? '\u2212' : '') + counts.removed + ' removed, ' + counts.changed
          + ' changed, ' + counts.unchanged + ' unchanged'));
    }
    return add(box, line);
  }

  function lineSample(colour, dash, width, opacity, glow) {
    var picture = svg('svg', { width: 38, height: 12, 'aria-hidden': 'true' });
    if (glow) {
      add(picture, svg('line', { x1: 2, y1: 6, x2: 36, y2: 6, stroke: colour, 'stroke-width': width + 5,
        'stroke-opacity': 0.25, 'stroke-linecap': 'round' }));
    }
    var attributes = { x1: 2, y1: 6, x2: 36, y2: 6, stroke: colour, 'stroke-width': width, 'stroke-opacity': opacity };
    if (dash) {
      attributes['stroke-dasharray'] = dash.join(' ');
    }
    return add(picture, svg('line', attributes));
  }

  function shapeSample(type, colour) {
    var picture = svg('svg', { width: 16, height: 16, 'aria-hidden': 'true' });
    var style = { fill: colour, stroke: '#ffffff', 'stroke-width': 1 };
    var shape;
    if (type === 'organisation') {
      shape = svg('rect', Object.assign({ x: 1, y: 3, width: 14, height: 10, rx: 3 }, style));
    } else if (type === 'initiative') {
      shape = svg('polygon', Object.assign({ points: '8,1 15,8 8,15 1,8' }, style));
    } else if (type === 'event') {
      shape = svg('polygon', Object.assign({ points: '8,1 15,14 1,14' }, style));
    } else {
      shape = svg('circle', Object.assign({ cx: 8, cy: 8, r: 6.5 }, style));
    }
    return add(picture, shape);
  }

  function legendItem(sample, text) {
    return add(el('span', 'item'), sample, text);
  }

  function legend(report) {
    var bar = el('div', 'legend');
    report.graph.groups.forEach(function (group) {
      add(bar, legendItem(shapeSample(group.type, group.colour), group.name));
    });
    add(bar, el('span', 'sep'));
    add(bar, legendItem(lineSample(report.palette.edges.aligned, null, 2.5, 1), 'stand together'),
        legendItem(lineSample(report.palette.edges.against, DASH.against, 2.5, 1), 'acts against (arrow)'),
        legendItem(lineSample(report.palette.membership, null, 1.2, 1), 'member of'));
    if (report.scenario) {
      add(bar, el('span', 'sep'), legendItem(lineSample('#555555', null, 4.5, 1, true), 'added'),
          legendItem(lineSample('#555555', null, 2.5, GHOST), 'removed'));
    }
    return bar;
  }

  /* What a selection brings out: the edges of a finding and the nodes it is about, or a node and its neighbours. */
  function focusOf(report, focus) {
    var edges = {};
    var nodes = {};
    report.graph.edges.forEach(function (edge, position) {
      if (focus.finding === edge.finding || focus.node === edge.source || focus.node === edge.target) {
        edges[position] = true;
        nodes[edge.source] = nodes[edge.target] = true;
      }
    });
    var entry = focus.finding && index(report)[focus.finding];
    (entry ? entry.subjects.map(function (subject) { return subject.id; }) : [focus.node]).forEach(function (id) {
      nodes[id] = true;
    });
    return { edges: edges, nodes: nodes };
  }

  /*
   * The nodes and links of the graph series. Without positions, they are laid out by force; with positions (id ->
   * [x, y]), they are fixed there. With a focus ({finding: id} or {node: id}), everything else fades.
   */
  function elements(report, positions, focus) {
    var byId = index(report);
    var colours = groupColours(report);
    var kinds = report.palette.kinds;
    var lit = focus ? focusOf(report, focus) : null;
    var degree = {};
    report.graph.edges.concat(report.graph.memberships.map(function (link) {
      return { source: link.member, target: link.organisation };
    })).forEach(function (edge) {
      degree[edge.source] = (degree[edge.source] || 0) + 1;
      degree[edge.target] = (degree[edge.target] || 0) + 1;
    });
    var nodes = report.graph.nodes.map(function (node) {
      var mark = markKind(node, byId);
      var organisation = node.type === 'organisation';
      var label = nodeLabel(node, byId);
      var at = positions && positions[node.id];
      var fade = (lit && !lit.nodes[node.id] ? 0.3 : 1) * (node.status === 'removed' ? 0.35 : 1);
      return {
        id: node.id, name: node.name, entente: node, value: degree[node.id] || 0,
        x: at ? at[0] : undefined, y: at ? at[1] : undefined,
        symbol: SYMBOL[node.type] || 'circle',
        symbolSize: organisation ? [Math.min(Math.max(54, label.length * 8 + 18), ORGANISATION_WIDTH), 32]
          : node.type === 'state' ? 30 : node.type === 'person' ? 22 : 26,
        itemStyle: {
          color: colours[node.group], opacity: fade,
          borderColor: mark ? kinds[mark] : node.status === 'added' ? '#1d2733' : '#ffffff',
          borderWidth: mark ? 4 : node.status === 'added' ? 3 : 1.5
        },
        label: {
          // A formatter string is a template ({b}, {style|text}); a function's result is shown as it is.
          show: true, formatter: function () { return label; },
          position: organisation ? 'inside' : 'right', opacity: Math.max(fade, 0.5),
          color: organisation ? '#ffffff' : node.status === 'removed' ? '#8b96a3' : '#1d2733',
          fontWeight: organisation ? 'bold' : 'normal', fontSize: organisation ? 13 : 12, lineHeight: 15,
          textBorderColor: organisation ? 'transparent' : '#ffffff', textBorderWidth: organisation ? 0 : 3,
          width: organisation ? ORGANISATION_WIDTH - 12 : 150, overflow: organisation ? 'truncate' : 'break'
        }
      };
    });
    var between = {};
    var links = report.graph.edges.map(function (edge, position) {
      // Edges between the same two nodes bend apart: 0, then 0.2 and -0.2, then 0.4 and -0.4, ...
      var pair = [edge.source, edge.target].sort().join('\u0000');
      var nth = between[pair] = (between[pair] || 0) + 1;
      var bend = Math.floor(nth / 2) * 0.2 * (nth % 2 ? -1 : 1) * (edge.source < edge.target ? 1 : -1);
      var colour = report.palette.edges[edge.kind] || '#7f7f7f';
      var added = edge.status === 'added';
      var chosen = lit && lit.edges[position];
      var ref = (added ? '+' : edge.status === 'removed' ? '\u2212' : '') + byId[edge.finding].ref;
      var refLabel = { show: true, formatter: ref, position: 'middle', distance: 6, fontSize: 12, fontWeight: 'bold',
        color: colour, textBorderColor: '#ffffff', textBorderWidth: 3 };
      return {
        source: edge.source, target: edge.target, entente: edge,
        symbol: edge.kind === 'against' ? ['none', 'arrow'] : ['none', 'none'], symbolSize: 9,
        lineStyle: {
          color: colour, type: DASH[edge.kind] || 'solid', curveness: bend,
          width: (added ? 4.5 : 2.2) + (chosen ? 2.5 : 0),
          opacity: lit && !chosen ? 0.12 : edge.status === 'removed' && !chosen ? GHOST : 0.9,
          shadowBlur: added || chosen ? 12 : 0, shadowColor: colour
        },
        // The finding's ref (T1, A2, ...) names the edge in the table; shown on hover and selection only.
        label: chosen ? refLabel : { show: false, formatter: ref },
        emphasis: { lineStyle: { width: 6, opacity: 1 }, label: refLabel }
      };
    });
    report.graph.memberships.forEach(function (link) {
      links.push({
        source: link.member, target: link.organisation, entente: { membership: link },
        lineStyle: { color: report.palette.membership, width: 1.2, type: 'solid', opacity: lit ? 0.15 : 0.8 },
        label: { show: false }, emphasis: { disabled: true }
      });
    });
    return { nodes: nodes, links: links };
  }

  /*
   * Without positions, the graph is laid out by force, which ECharts computes in full during setOption
   * (layoutAnimation off) starting from a circle, so the same report gives the same picture.
   */
  function option(report, positions, focus) {
    var byId = index(report);
    var drawn = elements(report, positions, focus);
    return {
      animation: false,
      tooltip: {
        confine: true,
        extraCssText: 'max-width: 360px; white-space: normal;',
        formatter: function (params) {
          return tooltip(params, byId, report);
        }
      },
      series: [{
        type: 'graph', layout: positions ? 'none' : 'force', roam: true, draggable: true,
        left: MARGIN.left, top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom,
        data: drawn.nodes, links: drawn.links,
        force: { initLayout: 'circular', repulsion: [300, 1100], gravity: 0.06, edgeLength: [80, 200],
          friction: 0.15, layoutAnimation: false },
        emphasis: { focus: 'adjacency' },
        blur: { itemStyle: { opacity: 0.2 }, lineStyle: { opacity: 0.07 }, label: { opacity: 0.35 } },
        scaleLimit: { min: 0.3, max: 4 }
      }]
    };
  }

  /*
   * The force layout's positions, stretched to fill the chart's box. ECharts keeps the box's own aspect for a
   * fixed layout, so positions already in that aspect are drawn at scale 1: round nodes, labels at their size.
   */
  function positions(laidOut, report) {
    var data = laidOut.getModel().getSeriesByIndex(0).getData();
    var points = report.graph.nodes.map(function (node, position) {
      return data.getItemLayout(position);
    });
    var min = [Infinity, Infinity];
    var max = [-Infinity, -Infinity];
    points.forEach(function (point) {
      [0, 1].forEach(function (axis) {
        min[axis] = Math.min(min[axis], point[axis]);
        max[axis] = Math.max(max[axis], point[axis]);
      });
    });
    var box = [laidOut.getWidth() - MARGIN.left - MARGIN.right, laidOut.getHeight() - MARGIN.top - MARGIN.bottom];
    var at = {};
    report.graph.nodes.forEach(function (node, position) {
      at[node.id] = [0, 1].map(function (axis) {
        var span = max[axis] - min[axis];
        return span > 0 ? (points[position][axis] - min[axis]) / span * box[axis] : box[axis] / 2;
      });
    });
    return at;
  }

  function tooltip(params, byId, report) {
    var encode = global.echarts.format.encodeHTML;
    var data = params.data.entente;
    if (params.dataType === 'edge') {
      if (data.membership) {
        var names = {};
        report.graph.nodes.forEach(function (node) {
          names[node.id] = node.name;
        });
        return encode(names[data.membership.member] + ' is a member of ' + names[data.membership.organisation]);
      }
      var entry = byId[data.finding];
      return '<b>' + encode(entry.ref + ' ' + entry.kind + (entry.status && entry.status !== 'unchanged'
          ? ' (' + entry.status + ')' : '')) + '</b><br>' + encode(entry.summary)
          + '<br><span style="color:#888">click for the rule and quotes</span>';
    }
    var lines = '<b>' + encode(data.name) + '</b><br>' + encode(data.group);
    if (data.members) {
      lines += '<br>' + encode(plural(data.members.length, 'member'));
    }
    return lines + '<br>' + encode(plural(data.findings.length, 'finding'));
  }

  function sourceView(source) {
    var cited = 'cited by ' + source.facts.join(', ');
    var box;
    if (source.kind === 'quote') {
      box = add(el('blockquote'), source.text, el('span', 'cite', source.where + ' \u00B7 ' + cited));
    } else if (source.kind === 'hypothetical') {
      box = add(el('div', 'hypo'), 'Assumed by scenario \u201C' + source.where + '\u201D', el('span', 'cite', cited));
    } else {
      // Only web addresses become links: a javascript: or data: URL in a pack must not run on a click.
      var web = /^https?:\/\//i.test(source.where || '');
      var link = el(web ? 'a' : 'span', null, source.where);
      if (web) {
        link.href = source.where;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
      box = add(el('div', 'reference'), 'Reference: ' + source.text + ' ', el('br'), link, el('span', 'cite', cited));
    }
    source.notes.forEach(function (note) {
      add(box, el('span', 'note', 'Note: ' + note));
    });
    return box;
  }

  function findingView(entry) {
    var box = el('div');
    var meta = add(el('p', 'meta'), el('span', 'badge ' + entry.kind, entry.kind), ' ');
    if (entry.status && entry.status !== 'unchanged') {
      add(meta, el('span', 'badge ' + entry.status, entry.status), ' ');
    }
    add(meta, entry.ref + ' \u00B7 rule ', el('code', null, entry.rule));
    add(box, meta, el('h3', null, entry.summary));
    entry.drl.forEach(function (rule) {
      add(box, add(el('p', 'meta'), 'DRL rule \u201C' + rule.name + '\u201D in ', el('code', null, rule.file)));
    });
    add(box, el('p', 'meta', 'About: ' + entry.subjects.map(function (subject) {
      return subject.name === subject.id ? subject.id : subject.name + ' (' + subject.id + ')';
    }).join(', ')));
    add(box, el('p', 'meta', 'Id: ' + entry.id));
    add(box, el('p', 'meta', 'Confidence ' + entry.confidence.toFixed(2) + ', no more than its weakest support: '
        + entry.weakest.join(', ')));
    if (entry.change) {
      add(box, add(el('div', 'change'), el('p', 'meta', 'Was: ' + entry.change.before), el('p', null, entry.change.text)));
    }
    entry.sources.forEach(function (source) {
      add(box, sourceView(source));
    });
    if (entry.support.length) {
      var support = add(el('details', 'support'), el('summary', null, 'Supporting: where actors and regions lie, '
          + 'background references (' + entry.support.length + ')'));
      entry.support.forEach(function (source) {
        add(support, sourceView(source));
      });
      add(box, support);
    }
    return box;
  }

  function nodeView(node, byId, select) {
    var box = add(el('div'), el('p', 'meta', node.group + (node.status ? ' \u00B7 ' + node.status : '')),
        el('h3', null, node.name));
    if (node.members) {
      add(box, el('p', null, plural(node.members.length, 'member') + ': ' + node.members.join(', ') + '.'));
    }
    add(box, el('p', 'meta', 'Findings about it:'));
    var list = el('ul');
    node.findings.forEach(function (id) {
      var link = el('a', 'finding', byId[id].ref + ' ' + byId[id].summary);
      link.addEventListener('click', function () {
        select(id);
      });
      add(list, add(el('li'), link));
    });
    return add(box, list);
  }

  function table(report, select) {
    var scenario = !!report.scenario;
    var head = ['Ref'].concat(scenario ? ['Diff'] : [], ['Kind', 'Summary', 'Rule', 'Id']);
    var headRow = el('tr');
    head.forEach(function (title) {
      add(headRow, el('th', null, title));
    });
    var body = el('tbody');
    report.findings.forEach(function (entry) {
      var row = el('tr', entry.status || '');
      row.setAttribute('data-finding', entry.id);
      add(row, el('td', 'ref', entry.ref));
      if (scenario) {
        add(row, add(el('td'), entry.status === 'unchanged' ? null : el('span', 'badge ' + entry.status, entry.status)));
      }
      var summary = el('td', 'summary', entry.summary);
      if (entry.change) {
        add(summary, el('br'), el('span', 'was', 'was: ' + entry.change.before + ' (' + entry.change.text + ')'));
      }
      add(row, add(el('td'), el('span', 'badge ' + entry.kind, entry.kind)), summary,
          add(el('td'), el('code', null, entry.rule)), el('td', 'id', entry.id));
      row.addEventListener('click', function () {
        select(entry.id);
      });
      add(body, row);
    });
    if (!report.findings.length) {
      var empty = el('td', null, 'No findings.');
      empty.colSpan = head.length;
      add(body, add(el('tr'), empty));
    }
    return add(el('table'), add(el('thead'), headRow), body);
  }

  function mount(root, report) {
    var chart = null;
    var current = null;
    var details = null;
    var rows = null;

    function clear() {
      hint();
      markRow(null);
      bringOut(null);
    }

    function hint() {
      details.textContent = '';
      add(details, el('p', 'hint', 'Click an edge, a node or a row of the table to see the finding\u2019s sentence, '
          + 'its rule and the article\u2019s words behind it. Drag to move, scroll to zoom.'));
    }

    function markRow(findingId) {
      Array.prototype.forEach.call(rows.querySelectorAll('tr[data-finding]'), function (row) {
        row.classList.toggle('selected', row.getAttribute('data-finding') === findingId);
      });
    }

    /* Restyles the graph around a focus, keeping where the nodes are now (they may have been dragged) and the zoom. */
    function bringOut(focus) {
      var drawn = elements(current, positions(chart, current), focus);
      chart.setOption({ series: [{ data: drawn.nodes, links: drawn.links }] });
    }

    function select(findingId) {
      var entry = index(current)[findingId];
      if (!entry) {
        return;
      }
      details.textContent = '';
      add(details, findingView(entry));
      markRow(findingId);
      bringOut({ finding: findingId });
    }

    function showNode(node) {
      details.textContent = '';
      add(details, nodeView(node, index(current), select));
      markRow(null);
      bringOut({ node: node.id });
    }

    function draw(next) {
      current = next;
      if (chart) {
        chart.dispose();
      }
      root.textContent = '';
      var page = el('div', 'er');
      var graph = el('div', 'graph');
      details = el('aside', 'details');
      rows = table(current, select);
      add(root, add(page, header(current), legend(current), add(el('div', 'stage'), graph, details),
          el('h2', null, 'Findings'), rows));
      chart = global.echarts.init(graph, null, { renderer: 'canvas' });
      chart.setOption(option(current));
      chart.setOption(option(current, positions(chart, current)), { notMerge: true });
      chart.on('click', function (params) {
        var data = params.data && params.data.entente;
        if (!data) {
          return;
        }
        if (params.dataType === 'edge' && data.finding) {
          select(data.finding);
        } else if (params.dataType === 'node') {
          showNode(data);
        }
      });
      chart.getZr().on('click', function (event) {
        if (!event.target) {
          clear();
        }
      });
      hint();
      var wanted = decodeURIComponent((global.location && global.location.hash || '').replace(/^#/, ''));
      if (wanted) {
        select(wanted);
      }
    }

    draw(report);
    global.addEventListener('resize', function () {
      chart.resize();
    });
    return { update: draw, select: select, chart: function () { return chart; } };
  }

  /* el and add are shared with pages that build on the report (the what-if page), so text stays textContent. */
  global.EntenteReport = { mount: mount, el: el, add: add };
}(window));
