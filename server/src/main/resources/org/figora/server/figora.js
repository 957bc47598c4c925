// figora serve: the page's behaviour. Served as a file so that pages need no inline script.
(function () {
  'use strict';

  // The form: a dropped or chosen file fills the gene box (read in the browser, as text).
  var genes = document.getElementById('genes');
  var status = document.getElementById('file-status');
  function load(file) {
    if (!file) { return; }
    if (file.size > 4 * 1024 * 1024) {
      status.textContent = file.name + ' is larger than 4 MB; paste the gene column instead';
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      genes.value = String(reader.result);
      var name = document.getElementById('name');
      if (name && (name.value === '' || name.value === 'pasted list')) { name.value = file.name; }
      status.textContent = file.name + ' loaded';
    };
    reader.onerror = function () { status.textContent = 'could not read ' + file.name; };
    reader.readAsText(file);
  }
  if (genes) {
    var drop = document.getElementById('drop');
    var input = document.getElementById('file');
    input.addEventListener('change', function () { load(input.files[0]); });
    [drop, genes].forEach(function (zone) {
      zone.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
      zone.addEventListener('dragleave', function () { drop.classList.remove('over'); });
      zone.addEventListener('drop', function (e) {
        e.preventDefault();
        drop.classList.remove('over');
        load(e.dataTransfer.files[0]);
      });
    });
    var background = document.getElementById('background');
    var box = document.getElementById('background-box');
    var toggle = function () { box.hidden = background.value !== 'list'; };
    background.addEventListener('change', toggle);
    toggle();
  }

  // The result: each row links to its figure's page on this server.
  var header = document.getElementById('serve-header');
  if (header) {
    var corpus = header.getAttribute('data-corpus') || '';
    document.querySelectorAll('tr[data-figid]').forEach(function (row) {
      var figid = row.getAttribute('data-figid');
      var cell = row.cells[0];
      var link = document.createElement('a');
      link.href = '/figures/' + encodeURIComponent(figid) + '?corpus=' + encodeURIComponent(corpus);
      link.textContent = 'record on this server';
      link.className = 'figure-page';
      var line = document.createElement('div');
      line.appendChild(link);
      cell.appendChild(line);
    });
  }
}());
