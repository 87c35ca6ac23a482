// Drag and drop for the ticket page's file form (attachment/section.html). Without this script the form
// works as it is: choose files, send. With it, files dropped on the form join the file input's list.
(function () {
  'use strict';
  document.querySelectorAll('form.dropzone').forEach(function (form) {
    var input = form.querySelector('input[type=file]');
    if (!input || typeof DataTransfer === 'undefined') {
      return;
    }
    ['dragenter', 'dragover'].forEach(function (type) {
      form.addEventListener(type, function (event) {
        event.preventDefault();
        form.classList.add('dragging');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      form.addEventListener(type, function () {
        form.classList.remove('dragging');
      });
    });
    form.addEventListener('drop', function (event) {
      event.preventDefault();
      var files = new DataTransfer();
      Array.prototype.forEach.call(input.files, function (file) { files.items.add(file); });
      Array.prototype.forEach.call(event.dataTransfer.files, function (file) { files.items.add(file); });
      input.files = files.files;
    });
  });
}());
