// figora report: image fallback, folding of similar figures, sorting and filtering.
(function () {
  'use strict';
  // An image that fails (offline, moved) leaves its placeholder; registered before any image.
  document.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'IMG' && target.parentNode) {
      var box = target.closest('.thumb');
      if (box) { box.classList.add('failed'); }
    }
  }, true);

  document.addEventListener('DOMContentLoaded', function () {
    var table = document.getElementById('results');
    if (!table) { return; }
    var body = table.tBodies[0];
    var filter = document.getElementById('filter');
    var count = document.getElementById('count');
    var leads = Array.prototype.filter.call(body.rows, function (row) {
      return row.classList.contains('lead');
    });
    var members = {};
    Array.prototype.forEach.call(body.rows, function (row) {
      if (row.classList.contains('similar')) {
        (members[row.dataset.group] = members[row.dataset.group] || []).push(row);
      }
    });
    var open = {};

    function matches(row, words) {
      return words.every(function (word) { return row.dataset.text.indexOf(word) >= 0; });
    }

    function refresh() {
      var words = (filter.value || '').toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      leads.forEach(function (lead) {
        var group = lead.dataset.group;
        var similar = members[group] || [];
        var hit = matches(lead, words) || similar.some(function (m) { return matches(m, words); });
        lead.hidden = !hit;
        if (hit) { shown++; }
        similar.forEach(function (m) {
          m.hidden = !hit || !(open[group] || (words.length > 0 && matches(m, words)));
          if (!m.hidden) { shown++; }
        });
      });
      var total = body.rows.length;
      count.textContent = words.length ? shown + ' of ' + total + ' figures match' : '';
    }

    body.addEventListener('click', function (event) {
      var button = event.target.closest('button.fold');
      if (!button) { return; }
      var group = button.dataset.group;
      open[group] = !open[group];
      button.setAttribute('aria-expanded', open[group] ? 'true' : 'false');
      refresh();
    });

    filter.addEventListener('input', refresh);

    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(table.querySelectorAll('th button[data-key]'), function (button) {
      button.addEventListener('click', function () {
        var th = button.parentNode;
        var key = button.dataset.key;
        var current = th.getAttribute('aria-sort');
        var ascending = current === 'none' ? button.dataset.first === 'asc'
            : current === 'descending';
        Array.prototype.forEach.call(headers, function (h) {
          if (h.hasAttribute('aria-sort')) { h.setAttribute('aria-sort', 'none'); }
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        leads.sort(function (a, b) {
          var x = parseFloat(a.dataset[key]);
          var y = parseFloat(b.dataset[key]);
          var c = x < y ? -1 : x > y ? 1 : 0;
          if (!ascending) { c = -c; }
          return c || parseFloat(a.dataset.rank) - parseFloat(b.dataset.rank);
        });
        leads.forEach(function (lead) {
          body.appendChild(lead);
          (members[lead.dataset.group] || []).forEach(function (m) { body.appendChild(m); });
        });
      });
    });
    refresh();
  });
}());
