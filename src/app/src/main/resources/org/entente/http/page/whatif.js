/*
 * The what-if page: the baseline graph (drawn by report.js), the facts to retract, flip or add, and after each change
 * the scenario's report from POST /report with its diff; a finding's explanation from POST /explain/{id}; the
 * scenario as YAML that `entente what-if FILE` reads. A drafted article joins the scenario as its article: its facts
 * keep their quotes, status and hedges, so findings resting on them are graded by them, not assumed.
 *
 * Tests drive and read the page through window.EntenteWhatIf; document.body's data-state is loading, busy, ready or
 * error. Failures are shown on the page, never only on the console. Text reaches the page through textContent only.
 */
(function (global) {
  'use strict';

  var STANCES = ['SUPPORTS', 'OPPOSES'];
  var NAME = 'What-if from the page';

  var facts = [];
  var changes = [];
  /* The drafted article the scenario brings ({text, references, facts}), or null. */
  var article = null;
  var report = null;
  var view = null;
  var ready;

  function $(id) {
    return document.getElementById(id);
  }

  var el = global.EntenteReport.el;
  var add = global.EntenteReport.add;

  function setState(state) {
    document.body.setAttribute('data-state', state);
  }

  function showError(message) {
    var box = $('wi-error');
    box.textContent = message || '';
    box.hidden = !message;
  }

  /* A request to this service; a refusal rejects with the service's own {error, where}. */
  function call(method, path, body) {
    var options = { method: method, headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          var refusal = new Error(json.error + (json.where ? ' (' + json.where + ')' : ''));
          refusal.refused = true;
          throw refusal;
        }
        return json;
      });
    });
  }

  function scenario() {
    var body = { name: NAME, description: describe(), changes: changes };
    if (article) {
      body.article = article;
    }
    return body;
  }

  function changed() {
    return changes.length > 0 || article !== null;
  }

  function articleText() {
    return 'add the ' + article.facts.length + ' facts drafted from the article';
  }

  function describe() {
    return (article ? [articleText()] : []).concat(changes.map(changeText)).join('; ');
  }

  function changeText(change) {
    if (change.retract) {
      return 'retract ' + change.retract;
    }
    if (change.modify) {
      return 'set ' + change.modify.match + ' ' + Object.keys(change.modify.set).map(function (field) {
        return field + ' to ' + change.modify.set[field];
      }).join(', ');
    }
    return 'assert ' + Object.keys(change.assert).map(function (field) {
      return field + ': ' + change.assert[field];
    }).join(', ');
  }

  /*
   * The scenario as a scenario file: YAML whose values are JSON (YAML's flow style), so no id, name or quote needs
   * YAML escaping of its own.
   */
  function yaml() {
    var lines = ['name: ' + JSON.stringify(NAME), 'description: ' + JSON.stringify(describe())];
    if (article) {
      lines.push('article: ' + JSON.stringify(article));
    }
    lines.push(changes.length ? 'changes:' : 'changes: []');
    changes.forEach(function (change) {
      var verb = Object.keys(change)[0];
      lines.push('  - ' + verb + ': ' + JSON.stringify(change[verb]));
    });
    return lines.join('\n') + '\n';
  }

  function baselineStance(id) {
    var fact = facts.filter(function (each) { return each.id === id; })[0];
    return fact && fact.fields.stance;
  }

  function stanceOf(fact) {
    var modify = changes.filter(function (change) { return change.modify && change.modify.match === fact.id; })[0];
    return modify ? modify.modify.set.stance : fact.fields.stance;
  }

  function retracted(id) {
    return changes.some(function (change) { return change.retract === id; });
  }

  function withoutModifies(id) {
    return changes.filter(function (change) { return !(change.modify && change.modify.match === id); });
  }

  /*
   * Each change is applied optimistically and undone if the service refuses the scenario it makes. A fault of the
   * page itself also goes to the console, where the browser test sees it.
   */
  function apply(next, nextArticle) {
    var before = changes;
    var articleBefore = article;
    changes = next;
    article = nextArticle === undefined ? article : nextArticle;
    return refresh().catch(function (error) {
      if (!error.refused) {
        console.error(error);
      }
      changes = before;
      article = articleBefore;
      renderFacts();
      renderChanges();
      showError(error.message);
      setState('ready');
    });
  }

  function flip(id, stance) {
    var next = withoutModifies(id);
    if (stance !== baselineStance(id)) {
      next.push({ modify: { match: id, set: { stance: stance } } });
    }
    return apply(next);
  }

  function retract(id) {
    return apply(withoutModifies(id).concat([{ retract: id }]));
  }

  function assertFact(fact) {
    return apply(changes.concat([{ assert: fact }]));
  }

  function undo(position) {
    return apply(changes.filter(function (change, at) { return at !== position; }));
  }

  function refresh() {
    setState('busy');
    showError(null);
    var request = changed() ? call('POST', '/report', scenario()) : call('GET', '/report');
    return request.then(function (next) {
      report = next;
      if (view) {
        view.update(report);
      } else {
        $('wi-report').textContent = '';
        view = global.EntenteReport.mount($('wi-report'), report);
      }
      listenToChart();
      $('wi-explanation-box').hidden = true;
      $('wi-explanation').removeAttribute('data-finding');
      renderChanges();
      renderDiff();
      renderFacts();
      setState('ready');
    });
  }

  /* report.js makes a new chart on each update; a click on an edge also asks for the finding's explanation. */
  function listenToChart() {
    view.chart().on('click', function (params) {
      var data = params.data && params.data.entente;
      if (params.dataType === 'edge' && data && data.finding) {
        explain(data.finding);
      }
    });
  }

  function entry(id) {
    return report.findings.filter(function (each) { return each.id === id; })[0];
  }

  /* Why a finding holds: in the scenario's world, or for a removed one, in the baseline it was removed from. */
  function explain(id) {
    var found = entry(id);
    var inScenario = changed() && !(found && found.status === 'removed');
    var request = inScenario ? call('POST', '/explain/' + encodeURIComponent(id), scenario())
      : call('GET', '/explain/' + encodeURIComponent(id));
    return request.then(function (explanation) {
      var box = $('wi-explanation');
      box.textContent = '';
      add(box, el('p', 'hint', (found && found.status === 'removed' ? 'In the baseline (the scenario removes it): '
          : inScenario ? 'In the scenario: ' : 'In the baseline: ') + id));
      add(box, add(el('ul'), explanationView(explanation)));
      $('wi-explanation-box').hidden = false;
      box.setAttribute('data-finding', id);
      if (view && found) {
        view.select(id);
      }
    }).catch(function (error) {
      showError(error.message);
    });
  }

  function explanationView(node) {
    var item = el('li');
    add(item, el('b', null, node.text || node.id), el('span', 'type', ' ' + [node.type, node.text ? node.id : null]
        .filter(Boolean).join(' ')));
    if (node.rule) {
      add(item, el('div', 'type', 'rule \u201C' + node.rule + '\u201D' + (node.file ? ' in ' + node.file : '')));
    }
    (node.evidence || []).forEach(function (evidence) {
      if (evidence.hypothetical) {
        add(item, el('div', 'hypo', 'assumed by \u201C' + evidence.hypothetical + '\u201D'
            + (evidence.note ? ': ' + evidence.note : '')));
      } else if (evidence.quote) {
        add(item, el('blockquote', null, evidence.quote));
      } else if (evidence.reference) {
        add(item, el('div', 'type', 'reference: ' + evidence.reference));
      }
    });
    if (node.because && node.because.length) {
      var list = el('ul');
      node.because.forEach(function (child) {
        add(list, explanationView(child));
      });
      add(item, list);
    }
    return item;
  }

  function renderChanges() {
    var list = $('wi-changes');
    list.textContent = '';
    if (article) {
      var drop = el('button', 'small', 'undo');
      drop.type = 'button';
      drop.addEventListener('click', function () {
        apply(changes, null);
      });
      add(list, add(el('li'), el('code', null, articleText()), ' ', drop));
    }
    changes.forEach(function (change, position) {
      var undoButton = el('button', 'small', 'undo');
      undoButton.type = 'button';
      undoButton.addEventListener('click', function () {
        undo(position);
      });
      add(list, add(el('li'), el('code', null, changeText(change)), ' ', undoButton));
    });
    $('wi-empty').hidden = changed();
  }

  function diffOf(status) {
    return report.findings.filter(function (each) { return each.status === status; });
  }

  function renderDiff() {
    var list = $('wi-diff');
    list.textContent = '';
    var shown = diffOf('added').concat(diffOf('removed'), diffOf('changed'));
    var SIGN = { added: '+ ', removed: '\u2212 ', changed: '\u0394 ' };
    shown.forEach(function (each) {
      var item = add(el('li', each.status), SIGN[each.status] + each.summary);
      if (each.change) {
        add(item, el('span', 'was', 'was: ' + each.change.before), el('span', 'was', each.change.text));
      }
      add(item, el('span', 'id', each.id));
      item.setAttribute('data-finding', each.id);
      item.setAttribute('data-status', each.status);
      item.title = 'Click for why';
      item.addEventListener('click', function () {
        explain(each.id);
      });
      add(list, item);
    });
    if (!shown.length) {
      add(list, el('li', 'hint', changed() ? 'The changes add, remove and change no finding.' : 'Nothing changed.'));
    }
  }

  function fieldsText(fact) {
    return Object.keys(fact.fields).map(function (field) {
      var value = fact.fields[field];
      return field + '=' + (Array.isArray(value) ? value.join(',') : value);
    }).join(' ');
  }

  function renderFacts() {
    var filter = $('wi-filter').value.trim().toLowerCase();
    var list = $('wi-facts');
    list.textContent = '';
    var shown = facts.filter(function (fact) {
      return !filter || (fact.id + ' ' + fact.type + ' ' + fieldsText(fact)).toLowerCase().indexOf(filter) >= 0;
    });
    shown.forEach(function (fact) {
      var gone = retracted(fact.id);
      var text = add(el('span', 'fact'), el('b', null, fact.id), ' ', el('span', 'type', fact.type + ' ' + fieldsText(fact)));
      text.title = fact.type + ' ' + fact.id + '\n' + fieldsText(fact);
      var item = add(el('li', gone ? 'retracted' : ''), text);
      item.setAttribute('data-fact', fact.id);
      if (fact.type === 'Position' && !gone) {
        var stance = el('select');
        stance.setAttribute('aria-label', 'Stance of ' + fact.id);
        STANCES.forEach(function (value) {
          var option = el('option', null, value);
          option.value = value;
          add(stance, option);
        });
        stance.value = stanceOf(fact);
        if (stance.value !== fact.fields.stance) {
          item.className = 'changed';
        }
        stance.addEventListener('change', function () {
          flip(fact.id, stance.value);
        });
        add(item, stance);
      }
      if (!gone) {
        var button = el('button', 'small', 'retract');
        button.type = 'button';
        button.addEventListener('click', function () {
          retract(fact.id);
        });
        add(item, button);
      }
      add(list, item);
    });
    $('wi-fact-count').textContent = '(' + (shown.length === facts.length ? facts.length
      : shown.length + ' of ' + facts.length) + ')';
  }

  function download() {
    var link = el('a');
    link.href = URL.createObjectURL(new Blob([yaml()], { type: 'application/yaml' }));
    link.download = 'what-if.yaml';
    add(document.body, link);
    link.click();
    link.remove();
  }

  function addFromForm() {
    var fact;
    try {
      fact = JSON.parse($('wi-new-fact').value);
    } catch (error) {
      showError('The new fact is not JSON: ' + error.message);
      return Promise.resolve();
    }
    if (!fact || typeof fact !== 'object' || Array.isArray(fact) || !fact.type) {
      showError('The new fact is one JSON object with its type, e.g. {"type": "Membership", "member": "SWE", '
          + '"organisation": "NATO"}');
      return Promise.resolve();
    }
    return assertFact(fact);
  }

  /*
   * POST /draft on top of the served packs (it refers to what they hold instead of repeating it), then run the draft:
   * it becomes the scenario's article, replacing one drafted before, with the changes made so far kept.
   */
  function draftArticle(text) {
    setState('busy');
    showError(null);
    return fetch('/draft?imports=served', { method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'text/plain' }, body: text }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          throw new Error(json.error + (json.where ? ' (' + json.where + ')' : ''));
        }
        if (!json.facts.length) {
          throw new Error('nothing drafted from it is new to the analysis');
        }
        return apply(changes, { text: text, references: json.references || {}, facts: json.facts });
      });
    }).catch(function (error) {
      showError('Cannot draft the article: ' + error.message);
      setState('ready');
    });
  }

  function start() {
    $('wi-filter').addEventListener('input', renderFacts);
    $('wi-download').addEventListener('click', download);
    $('wi-reset').addEventListener('click', function () {
      apply([], null);
    });
    $('wi-add').addEventListener('click', addFromForm);
    $('wi-draft').addEventListener('click', function () {
      draftArticle($('wi-article').value);
    });
    $('wi-report').addEventListener('click', function (event) {
      var row = event.target.closest && event.target.closest('tr[data-finding]');
      if (row) {
        explain(row.getAttribute('data-finding'));
      }
    });
    return call('GET', '/facts').then(function (list) {
      facts = list.facts;
      renderFacts();
      return refresh();
    }).catch(function (error) {
      showError('Cannot load the analysis: ' + error.message);
      setState('error');
    });
  }

  ready = start();

  global.EntenteWhatIf = {
    ready: function () { return ready; },
    flip: flip,
    retract: retract,
    assert: assertFact,
    undo: undo,
    explain: explain,
    draft: draftArticle,
    yaml: yaml,
    /* What the page shows, for tests: the changes, the edges still drawn as present, and the diff. */
    state: function () {
      var edges = report ? report.graph.edges : [];
      return {
        changes: changes.slice(),
        article: article,
        edges: edges.filter(function (edge) { return edge.status !== 'removed'; }),
        removedEdges: edges.filter(function (edge) { return edge.status === 'removed'; }),
        findings: report ? report.findings.map(function (each) { return each.id; }) : [],
        added: report ? diffOf('added').map(function (each) { return each.id; }) : [],
        removed: report ? diffOf('removed').map(function (each) { return each.id; }) : [],
        diffShown: Array.prototype.map.call(document.querySelectorAll('#wi-diff li[data-finding]'), function (item) {
          return item.getAttribute('data-status') + ' ' + item.getAttribute('data-finding');
        }),
        explanation: $('wi-explanation').getAttribute('data-finding'),
        error: $('wi-error').hidden ? null : $('wi-error').textContent
      };
    }
  };
}(window));
