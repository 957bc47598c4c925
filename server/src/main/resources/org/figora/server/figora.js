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
      showTableOptions();
      var name = document.getElementById('name');
      if (name && (name.value === '' || name.value === 'pasted list')) { name.value = file.name; }
      status.textContent = file.name + ' loaded';
    };
    reader.onerror = function () { status.textContent = 'could not read ' + file.name; };
    reader.readAsText(file);
  }
  // A result table (several cells, numbers among them, on several lines) needs its gene column:
  // show the table options with the header's column names to choose from (named as the server
  // names them: an empty header cell, R's row names, is columnN).
  var tableBox = document.getElementById('table-box');
  var geneColumn = document.getElementById('gene_column');
  function cellsOf(line, separator) {
    return line.split(separator).map(function (cell) {
      return cell.trim().replace(/^["']|["']$/g, '');
    });
  }
  function showTableOptions() {
    if (!tableBox) { return; }
    var lines = genes.value.split(/\r?\n/).filter(function (line) {
      return line.trim() !== '' && line.charAt(0) !== '#';
    }).slice(0, 20);
    var separator = lines.length > 0 && lines[0].indexOf('\t') >= 0 ? '\t' : ',';
    var wide = lines.filter(function (line) { return cellsOf(line, separator).length > 1; });
    var numbers = lines.slice(1).some(function (line) {
      return cellsOf(line, separator).some(function (cell) { return /^[-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?$/.test(cell) && /[.eE]/.test(cell); });
    });
    var table = wide.length > 1 && numbers;
    tableBox.hidden = !table && geneColumn.value === '';
    if (!table) { return; }
    var names = cellsOf(lines[0], separator);
    var rows = cellsOf(lines[1], separator);
    if (rows.length === names.length + 1) { names.unshift(''); }
    names = names.map(function (name, index) { return name === '' ? 'column' + (index + 1) : name; });
    var list = document.getElementById('columns');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    names.forEach(function (name) {
      var option = document.createElement('option');
      option.value = name;
      list.appendChild(option);
    });
    if (geneColumn.value === '' || names.indexOf(geneColumn.value) < 0) {
      var guess = names.filter(function (name) {
        return /^(gene|genes|symbol|gene_?symbol|gene_?name|hgnc_?symbol|gene_?id)$/i.test(name);
      })[0];
      geneColumn.value = guess || names[0];
    }
  }
  if (genes) {
    genes.addEventListener('input', showTableOptions);
    showTableOptions();
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
