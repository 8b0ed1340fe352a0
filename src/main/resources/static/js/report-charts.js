// The charts of the service reports: each canvas with data-chart carries its labels
// (data-labels, separated by |) and up to three series (data-a, data-b, data-c: numbers
// separated by commas; data-a-label...: their names). data-stacked stacks the bars.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#0d6efd', '#dc3545', '#6c757d'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var d = canvas.dataset;
    var stacked = d.stacked === 'true';
    var datasets = [];
    ['a', 'b', 'c'].forEach(function (key, i) {
      if (!d[key]) {
        return;
      }
      datasets.push({
        label: d[key + 'Label'],
        data: d[key].split(',').map(Number),
        backgroundColor: colours[i],
        borderColor: colours[i]
      });
    });
    new Chart(canvas, {
      type: d.chart,
      data: { labels: (d.labels || '').split('|'), datasets: datasets },
      options: {
        scales: {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  });
})();
