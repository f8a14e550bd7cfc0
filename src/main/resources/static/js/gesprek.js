// Wijkdossier: the conversation form never loses what was typed. No inline script (CSP).
//
// - Autosave: the form saves itself as a draft (htmx, hx-trigger "bewaarconcept") when a field is left
//   (change), every 20 seconds while something changed, and when the tab is hidden. One save at a time:
//   the answer carries the draft's new version, which the next save must send.
// - A draft saved in another window since (409): the status line says so, nothing is overwritten; the
//   user may keep her text as a separate draft.
// - Session expired (401): the text stays in the page, an alert says so and offers to log in here; after
//   logging in the page takes the new CSRF token and saves again.
// - "Vastleggen" and "Concept opslaan" first save the draft: with an expired session the page stays, the
//   text is not lost to the login redirect.
(() => {
	'use strict';

	const INTERVAL = 20000;

	function start() {
		const form = document.getElementById('gesprek-formulier');
		if (!form || typeof htmx === 'undefined') {
			return;
		}
		const status = document.getElementById('concept-status');
		const melding = document.getElementById('sessie-melding');
		const herlogin = document.getElementById('herlogin');
		const herloginFormulier = document.getElementById('herlogin-formulier');
		const herloginFout = document.getElementById('herlogin-fout');
		const gebruikersnaam = document.getElementById('herlogin-gebruikersnaam');
		const wachtwoord = document.getElementById('herlogin-wachtwoord');
		const herloginKnop = document.getElementById('herlogin-knop');
		const opnieuw = document.getElementById('herlogin-opnieuw');
		const loginUrl = herlogin.dataset.login;

		let gewijzigd = false;
		let bezig = false;
		let nogmaals = false;
		let verlopen = false;
		let wachtenden = [];
		let versturen = false;

		if (status && status.textContent.trim() === '') {
			status.textContent = status.dataset.automatisch;
		}

		function bewaar() {
			if (verlopen) {
				return;
			}
			if (bezig) {
				nogmaals = true;
				return;
			}
			gewijzigd = false;
			htmx.trigger(form, 'bewaarconcept');
		}

		/**
		 * Saves now and resolves with the HTTP status of the last save (0: no connection; -1: no answer in
		 * time, the page goes on as without script).
		 */
		function bewaarNu() {
			return new Promise((resolve) => {
				let klaar = false;
				const eenmaal = (code) => {
					if (!klaar) {
						klaar = true;
						resolve(code);
					}
				};
				window.setTimeout(() => eenmaal(-1), INTERVAL);
				wachtenden.push(eenmaal);
				if (verlopen) {
					afronden(401);
				}
				else {
					bewaar();
				}
			});
		}

		function afronden(code) {
			const klaar = wachtenden;
			wachtenden = [];
			klaar.forEach((resolve) => resolve(code));
		}

		form.addEventListener('input', () => {
			gewijzigd = true;
		});
		form.addEventListener('change', () => {
			gewijzigd = true;
			bewaar();
		});
		window.setInterval(() => {
			if (gewijzigd) {
				bewaar();
			}
		}, INTERVAL);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden' && gewijzigd) {
				bewaar();
			}
		});

		// Enter in a one-line field does not submit the whole conversation by accident.
		form.addEventListener('keydown', (event) => {
			const veld = event.target;
			if (event.key === 'Enter' && veld.tagName === 'INPUT' && veld.type !== 'submit' && veld.type !== 'button'
					&& veld.type !== 'checkbox' && veld.type !== 'radio') {
				event.preventDefault();
			}
		});

		form.addEventListener('htmx:beforeRequest', (event) => {
			if (event.detail.elt === form) {
				bezig = true;
			}
		});
		form.addEventListener('htmx:beforeSwap', (event) => {
			if (event.detail.elt === form && event.detail.xhr.status === 409) {
				event.detail.shouldSwap = true;
				event.detail.isError = false;
			}
		});
		form.addEventListener('htmx:afterRequest', (event) => {
			if (event.detail.elt !== form) {
				return;
			}
			bezig = false;
			const code = event.detail.xhr ? event.detail.xhr.status : 0;
			if (code === 401) {
				sessieVerlopen();
			}
			else if (code !== 200 && code !== 409) {
				gewijzigd = true;
				status.textContent = status.dataset.nietOpgeslagen;
			}
			if (nogmaals && !verlopen) {
				nogmaals = false;
				bewaar();
			}
			else {
				nogmaals = false;
				afronden(code);
			}
		});

		// A new agreement row (htmx): focus its first field, as a keyboard user expects.
		form.addEventListener('htmx:afterSwap', (event) => {
			if (event.detail.target && event.detail.target.id === 'afspraken') {
				const rijen = event.detail.target.querySelectorAll('fieldset');
				const veld = rijen.length ? rijen[rijen.length - 1].querySelector('input, select') : null;
				if (veld) {
					veld.focus();
				}
			}
		});

		// "Als apart concept bewaren" after a conflict: the text here becomes a new draft.
		status.addEventListener('click', (event) => {
			if (event.target.closest('[data-gesprek-apart]')) {
				document.getElementById('conceptId').value = '';
				document.getElementById('conceptVersion').value = '';
				bewaar();
			}
		});

		// Before leaving the page with a submit, the draft is saved; an expired session keeps the page.
		form.addEventListener('submit', (event) => {
			if (form.dataset.gecontroleerd === 'ja') {
				return;
			}
			const knop = event.submitter;
			if (knop && knop.value === 'afspraakToevoegen') {
				return;
			}
			event.preventDefault();
			if (versturen) {
				return;
			}
			versturen = true;
			bewaarNu().then((code) => {
				if (code === 401) {
					versturen = false;
					sessieVerlopen();
					return;
				}
				if (code === 0) {
					versturen = false;
					status.textContent = status.dataset.nietOpgeslagen;
					return;
				}
				form.dataset.gecontroleerd = 'ja';
				if (knop) {
					form.requestSubmit(knop);
				}
				else {
					form.requestSubmit();
				}
			});
		});

		// Back to this page from the browser's cache: its next submit saves the draft first again.
		window.addEventListener('pageshow', (event) => {
			if (event.persisted) {
				form.dataset.gecontroleerd = '';
				versturen = false;
			}
		});

		function sessieVerlopen() {
			const eerste = !verlopen;
			verlopen = true;
			gewijzigd = true;
			herlogin.hidden = false;
			if (eerste) {
				melding.textContent = melding.dataset.tekst;
			}
		}

		function csrfUit(html) {
			const pagina = new DOMParser().parseFromString(html, 'text/html');
			const veld = pagina.querySelector('input[name="_csrf"]');
			return veld ? veld.value : null;
		}

		function isLoginPagina(antwoord) {
			return new URL(antwoord.url).pathname.endsWith('/login');
		}

		/** Logged in again: the page takes the new CSRF token and saves what was typed. */
		function hervat(html) {
			const token = csrfUit(html);
			if (!token) {
				herloginFout.textContent = herlogin.dataset.storing;
				return;
			}
			document.querySelectorAll('input[name="_csrf"]').forEach((veld) => {
				veld.value = token;
			});
			verlopen = false;
			herlogin.hidden = true;
			melding.textContent = '';
			herloginFout.textContent = '';
			wachtwoord.value = '';
			bewaar();
		}

		herloginFormulier.addEventListener('submit', async (event) => {
			event.preventDefault();
			herloginKnop.disabled = true;
			herloginFout.textContent = '';
			try {
				const loginPagina = await fetch(loginUrl, { credentials: 'same-origin' });
				const loginHtml = await loginPagina.text();
				if (!isLoginPagina(loginPagina)) {
					hervat(loginHtml);
					return;
				}
				const gegevens = new URLSearchParams();
				gegevens.set('username', gebruikersnaam.value);
				gegevens.set('password', wachtwoord.value);
				gegevens.set('_csrf', csrfUit(loginHtml) || '');
				const antwoord = await fetch(loginUrl, { method: 'POST', body: gegevens, credentials: 'same-origin' });
				const html = await antwoord.text();
				if (isLoginPagina(antwoord)) {
					const url = new URL(antwoord.url);
					herloginFout.textContent = url.searchParams.has('wacht') ? herlogin.dataset.wacht
						: url.searchParams.has('storing') ? herlogin.dataset.storing : herlogin.dataset.mislukt;
					wachtwoord.value = '';
					wachtwoord.focus();
					return;
				}
				hervat(html);
			}
			catch (fout) {
				herloginFout.textContent = herlogin.dataset.storing;
			}
			finally {
				herloginKnop.disabled = false;
			}
		});

		// Logged in in another tab: take this session's token and save again.
		opnieuw.addEventListener('click', async () => {
			herloginFout.textContent = '';
			try {
				const antwoord = await fetch(loginUrl, { credentials: 'same-origin' });
				const html = await antwoord.text();
				if (isLoginPagina(antwoord)) {
					herloginFout.textContent = herlogin.dataset.nogNiet;
					return;
				}
				hervat(html);
			}
			catch (fout) {
				herloginFout.textContent = herlogin.dataset.storing;
			}
		});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
