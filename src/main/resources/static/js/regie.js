// Regie overdragen and the clusterwachtlijst: "alle casussen kiezen" for the bulk lists. Without JavaScript the
// option stays hidden and each case is ticked on its own. No inline scripts (CSP).
(() => {
	function toon(root) {
		root.querySelectorAll('[data-kies-alle-houder]').forEach((houder) => houder.removeAttribute('hidden'));
	}

	document.addEventListener('DOMContentLoaded', () => toon(document));
	// htmx swaps the clusterwachtlijst's table (with its own "alle kiezen") when a filter changes.
	document.addEventListener('htmx:afterSwap', (event) => toon(event.target.ownerDocument || document));

	document.addEventListener('change', (event) => {
		const alle = event.target.closest('[data-kies-alle]');
		if (!alle) {
			return;
		}
		const naam = alle.getAttribute('data-kies-alle');
		document.querySelectorAll('input[type=checkbox][name="' + naam + '"]').forEach((vakje) => {
			vakje.checked = alle.checked;
		});
	});
})();
