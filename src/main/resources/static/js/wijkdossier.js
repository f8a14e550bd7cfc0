// Wijkdossier: small behaviour that htmx and Bootstrap do not give. No inline scripts (CSP).
document.addEventListener('DOMContentLoaded', () => {
	// Move focus to the error summary after a failed form submit, so screen readers hear it first.
	const summary = document.getElementById('foutoverzicht');
	if (summary) {
		summary.focus();
	}
});
