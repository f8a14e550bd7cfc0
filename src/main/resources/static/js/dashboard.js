// Dashboard charts: every figure's data sits as JSON in its canvas's data-grafiek attribute (no inline script, the
// Content-Security-Policy holds). A suppressed cell is null: no bar, a gap in a line.
// The table under each chart carries the same numbers for whoever does not see the chart.
(() => {
	function teken() {
		if (typeof Chart === 'undefined') {
			return;
		}
		document.querySelectorAll('canvas[data-grafiek]').forEach((canvas) => {
			if (canvas.dataset.getekend === 'true') {
				return;
			}
			const gegevens = JSON.parse(canvas.dataset.grafiek);
			canvas.dataset.getekend = 'true';
			new Chart(canvas, {
				type: gegevens.type,
				data: { labels: gegevens.labels, datasets: gegevens.datasets },
				options: {
					responsive: true,
					animation: false,
					spanGaps: false,
					scales: { y: { beginAtZero: true } },
					plugins: { legend: { position: 'bottom' } }
				}
			});
		});
	}

	document.addEventListener('DOMContentLoaded', teken);
})();
