package nl.wijkdossier.organisatie;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the beheer pages and their forms share. */
final class Formulieren {

	private Formulieren() {
	}

	/** Blank input means "not given". */
	static String leegIsNull(String tekst) {
		return (tekst == null || tekst.isBlank()) ? null : tekst.trim();
	}

	/**
	 * The version an edit form carries. A form without one cannot show it is current: a
	 * bad request, not a guess.
	 */
	static long versie(Long version) {
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Versie ontbreekt");
		}
		return version;
	}

	/**
	 * A refused (de)activation, shown on the list page after the redirect
	 * ({@code beheer/lijst :: weigering}).
	 */
	static void meldWeigering(RedirectAttributes redirect, OngeldigeInvoer geweigerd) {
		OngeldigeInvoer.Fout fout = geweigerd.fouten().get(0);
		redirect.addFlashAttribute("weigering", fout.code());
		redirect.addFlashAttribute("weigeringArgs", fout.args());
	}

}
