// The bar chart of a survey's ratings (0 to 10), from the counts the page carries.
(function () {
  var canvas = document.getElementById('survey-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var counts = (canvas.dataset.counts || '').split(',').map(Number);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: counts.map(function (c, i) { return String(i); }),
      datasets: [{ label: canvas.dataset.label, data: counts, backgroundColor: '#0d6efd' }]
    },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
})();
