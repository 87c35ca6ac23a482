// Live pages (docs/live-pages.md): polls a cheap stamp with If-None-Match and, when it changed, fetches the
// page again and swaps its live regions ([data-live-region] with an id) in place. A region with something
// being typed or focused is left alone and a banner offers a reload instead. Queue tabs get their counts.
(function () {
  'use strict';

  function dirty(region) {
    var fields = region.querySelectorAll('input, textarea, select');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.type === 'hidden') { continue; }
      if (f.type === 'checkbox' || f.type === 'radio') {
        if (f.checked !== f.defaultChecked) { return true; }
      } else if (f.tagName === 'SELECT') {
        for (var j = 0; j < f.options.length; j++) {
          if (f.options[j].selected !== f.options[j].defaultSelected) { return true; }
        }
      } else if (f.value !== f.defaultValue) {
        return true;
      }
    }
    return region.contains(document.activeElement) && document.activeElement !== document.body;
  }

  function showCounts(watch, live) {
    if (!live || !live.counts) { return; }
    document.querySelectorAll('[data-count-for]').forEach(function (el) {
      var count = live.counts[el.dataset.countFor];
      if (count === undefined) { return; }
      el.textContent = count >= live.cap ? live.cap + '+' : String(count);
      el.hidden = false;
    });
  }

  function swapRegions(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    var skipped = false;
    document.querySelectorAll('[data-live-region]').forEach(function (region) {
      var next = fresh.getElementById(region.id);
      if (!next) { return; }
      if (dirty(region)) { skipped = true; return; }
      region.replaceWith(document.importNode(next, true));
    });
    var banner = document.getElementById('live-changed');
    if (banner) { banner.hidden = !skipped; }
    document.body.dataset.liveUpdatedAt = String(Date.now());
    document.dispatchEvent(new CustomEvent('live:changed'));
  }

  /** The watch's address with the page's own filters (the queue's view, customer, type, category). */
  function pollUrl(watch) {
    var url = new URL(watch.dataset.liveSrc, window.location.href);
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (key !== 'lang' && !url.searchParams.has(key)) { url.searchParams.set(key, value); }
    });
    return url.toString();
  }

  function start(watch) {
    var every = Number(watch.dataset.liveEvery);
    if (!every) { return; }
    // The page's own stamp when it has one: a change between rendering and the first poll is then not missed.
    var etag = watch.dataset.liveEtag || null;
    function schedule() { setTimeout(poll, every); }
    function poll() {
      if (document.hidden) { schedule(); return; }
      var headers = { 'Accept': 'application/json' };
      if (etag) { headers['If-None-Match'] = etag; }
      fetch(pollUrl(watch), { headers: headers, credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (response.status !== 200) { return null; }
          var next = response.headers.get('ETag');
          return response.json().then(function (live) {
            showCounts(watch, live);
            var changed = etag !== null && next !== etag;
            etag = next;
            if (changed) {
              return fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'text/html' } })
                .then(function (page) { return page.ok ? page.text() : null; })
                .then(function (html) { if (html) { swapRegions(html); } });
            }
            return null;
          });
        })
        .catch(function () { /* offline or signed out: try again later */ })
        .then(schedule);
    }
    poll();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var watch = document.getElementById('live-watch');
    if (watch) { start(watch); }
  });
})();
