// The new-ticket form (templates/filing/new.html) without round trips: shows the sections the chosen type takes
// and the fields of the components picked, and refreshes the cost preview beside it as items change by posting the form
// for a preview and taking the server's own rendering of it. Without script the form posts back instead.
(function () {
  'use strict';

  function enhance(form) {
    var type = form.querySelector('#type');
    var preview = document.getElementById('cost-preview');
    var timer = null;

    function showSections() {
      form.querySelectorAll('[data-types]').forEach(function (section) {
        section.hidden = section.dataset.types.split(' ').indexOf(type.value) < 0;
      });
    }

    function refreshPreview() {
      if (!preview || !form.querySelector('.catalog-item input[name$=".selected"]:checked')) {
        return;
      }
      var data = new FormData(form);
      data.set('preview', '1');
      fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin' })
        .then(function (answer) { return answer.ok ? answer.text() : null; })
        .then(function (html) {
          if (html === null) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('cost-preview');
          if (fresh) {
            preview.replaceChildren.apply(preview, Array.prototype.slice.call(fresh.childNodes));
          }
        })
        .catch(function () { /* the preview button still works */ });
    }

    function itemsChanged() {
      clearTimeout(timer);
      timer = setTimeout(refreshPreview, 400);
    }

    form.querySelectorAll('.js-hide').forEach(function (element) { element.hidden = true; });
    type.addEventListener('change', showSections);
    form.querySelectorAll('.catalog-item').forEach(function (item) {
      var box = item.querySelector('input[name$=".selected"]');
      var details = item.querySelector('.item-details');
      box.addEventListener('change', function () { details.hidden = !box.checked; });
    });
    var items = form.querySelector('#catalog-items');
    if (items) {
      items.addEventListener('change', itemsChanged);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('new-ticket');
    if (form) {
      enhance(form);
    }
  });
})();
