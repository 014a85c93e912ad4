// The upload form's drag and drop (progressive enhancement: without this script the plain file picker works).
// Files dropped on the labelled drop zone are put into the form's file field; the names chosen are announced.
(function () {
  'use strict';
  var form = document.querySelector('form[data-upload]');
  if (!form) {
    return;
  }
  var zone = form.querySelector('[data-drop-zone]');
  var input = form.querySelector('input[type=file]');
  var chosen = form.querySelector('.chosen');
  var dropHint = form.querySelector('.drop-only');
  if (!zone || !input || typeof DataTransfer === 'undefined') {
    return;
  }
  zone.classList.add('is-enhanced');
  if (dropHint) {
    dropHint.hidden = false;
  }

  var accepted = /\.(xlsx|xls|csv)$/i;

  function describe() {
    var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
    chosen.textContent = names.length === 0 ? '' : (names.length === 1 ? '1 file chosen: ' : names.length + ' files chosen: ')
      + names.join(', ');
  }

  function stop(event) {
    event.preventDefault();
    event.stopPropagation();
  }

  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      stop(event);
      event.dataTransfer.dropEffect = 'copy';
      zone.classList.add('is-dragging');
    });
  });
  ['dragleave', 'dragend'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      stop(event);
      zone.classList.remove('is-dragging');
    });
  });
  zone.addEventListener('drop', function (event) {
    stop(event);
    zone.classList.remove('is-dragging');
    var files = Array.prototype.filter.call(event.dataTransfer.files, function (f) { return accepted.test(f.name); });
    var skipped = event.dataTransfer.files.length - files.length;
    var list = new DataTransfer();
    files.forEach(function (f) { list.items.add(f); });
    input.files = list.files;
    describe();
    if (skipped > 0) {
      chosen.textContent += (chosen.textContent ? '. ' : '') + skipped
        + (skipped === 1 ? ' file was' : ' files were') + ' left out: only .xlsx, .xls and .csv files are read.';
    }
  });
  input.addEventListener('change', describe);
}());
