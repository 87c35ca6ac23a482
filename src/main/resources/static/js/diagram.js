// The ticket's own process diagram (docs/live-pages.md): draws each model the ticket runs with bpmn-js's
// read-only viewer, marks the steps done and the current ones, and redraws when the live poll saw a change.
(function () {
  'use strict';

  var etag = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function draw(section, models) {
    var holder = section.querySelector('.diagram-models');
    holder.textContent = '';
    return models.reduce(function (previous, model) {
      return previous.then(function () {
        var figure = el('figure', 'diagram-model');
        figure.dataset.processKey = model.processKey;
        figure.appendChild(el('figcaption', null, model.title));
        var canvas = el('div', 'canvas');
        figure.appendChild(canvas);
        var now = el('p', 'diagram-now');
        figure.appendChild(now);
        holder.appendChild(figure);
        var viewer = new window.BpmnJS({ container: canvas });
        return viewer.importXML(model.xml).then(function () {
          var registry = viewer.get('elementRegistry');
          var drawn = viewer.get('canvas');
          drawn.zoom('fit-viewport');
          var names = [];
          model.done.forEach(function (id) { if (registry.get(id)) { drawn.addMarker(id, 'step-done'); } });
          model.current.forEach(function (id) {
            var shape = registry.get(id);
            if (!shape) { return; }
            drawn.addMarker(id, 'step-current');
            if (shape.businessObject && shape.businessObject.name) { names.push(shape.businessObject.name); }
          });
          figure.dataset.current = model.current.join(' ');
          now.textContent = names.length ? section.dataset.nowLabel + ': ' + names.join(', ') : '';
        });
      });
    }, Promise.resolve());
  }

  function load(section) {
    var headers = { 'Accept': 'application/json' };
    if (etag) { headers['If-None-Match'] = etag; }
    return fetch(section.dataset.src, { headers: headers, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (response.status === 304) { return null; }
        if (!response.ok) { throw new Error(String(response.status)); }
        etag = response.headers.get('ETag');
        return response.json().then(function (process) {
          var cockpit = section.querySelector('a.cockpit');
          if (cockpit && process.cockpitUrl) {
            cockpit.href = process.cockpitUrl;
            cockpit.hidden = false;
          }
          return draw(section, process.models).then(function () { section.dataset.drawn = 'true'; });
        });
      })
      .catch(function () {
        section.querySelector('.diagram-models').textContent = section.dataset.failedLabel;
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var section = document.getElementById('process-diagram');
    if (!section || !window.BpmnJS) { return; }
    load(section);
    document.addEventListener('live:changed', function () { load(section); });
  });
})();
