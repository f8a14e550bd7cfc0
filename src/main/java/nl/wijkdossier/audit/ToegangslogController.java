package nl.wijkdossier.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkdossier.audit.ToegangslogInzage.Onderwerp;

/**
 * The privacy officer's answer to "who looked at my file?": the access log of a case or a
 * resident on screen, and as a CSV file for the resident (semicolons, as Dutch Excel
 * expects). Both are themselves logged.
 */
@Controller
@RequestMapping("/toegangslog")
@PreAuthorize("hasRole('PRIVACY')")
class ToegangslogController {

	private static final List<String> KOLOMMEN = List.of("tijdstip", "gebruiker", "naam", "rol", "namens", "actie",
			"gebeurtenis", "inwoner", "casus", "resultaat", "ip");

	private final ToegangslogInzage inzage;

	private final MessageSource berichten;

	ToegangslogController(ToegangslogInzage inzage, MessageSource berichten) {
		this.inzage = inzage;
		this.berichten = berichten;
	}

	@GetMapping
	String bekijk(@RequestParam(name = "casus", required = false) Long casus,
			@RequestParam(name = "inwoner", required = false) Long inwoner,
			@RequestParam(name = "pagina", defaultValue = "1") int pagina, Model model) {
		model.addAttribute("casus", casus);
		model.addAttribute("inwoner", inwoner);
		Onderwerp onderwerp = onderwerp(casus, inwoner);
		if (onderwerp != null) {
			model.addAttribute("log", this.inzage.bekijk(onderwerp, pagina - 1));
		}
		return "toegangslog/toegangslog";
	}

	@GetMapping("/export")
	void exporteer(@RequestParam(name = "casus", required = false) Long casus,
			@RequestParam(name = "inwoner", required = false) Long inwoner, Locale locale, HttpServletResponse response)
			throws IOException {
		Onderwerp onderwerp = onderwerp(casus, inwoner);
		if (onderwerp == null) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		List<ToegangslogRegel> regels = this.inzage.exporteer(onderwerp);
		response.setContentType("text/csv; charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("toegangslog-" + onderwerp.parameter() + "-" + onderwerp.id() + ".csv")
					.build()
					.toString());
		Writer uit = response.getWriter();
		// A byte-order mark, so Excel opens the file as UTF-8 (names with accents).
		uit.write('\uFEFF');
		schrijfRegel(uit, KOLOMMEN.stream().map((k) -> tekst("toegangslog.kolom." + k, locale)).toList());
		for (ToegangslogRegel r : regels) {
			schrijfRegel(uit,
					List.of(r.tijdstipTekst(), r.gebruikersnaam(), leeg(r.weergavenaam()),
							tekst(r.rolSleutel(), locale), leeg(r.namens()), tekst(r.actieSleutel(), locale),
							tekst(r.gebeurtenisSleutel(), locale), leeg(r.inwonerId()), leeg(r.casusId()),
							tekst(r.resultaatSleutel(), locale), leeg(r.ip())));
		}
		uit.flush();
	}

	private static Onderwerp onderwerp(Long casus, Long inwoner) {
		if (casus != null) {
			return Onderwerp.casus(casus);
		}
		return (inwoner != null) ? Onderwerp.inwoner(inwoner) : null;
	}

	private String tekst(String sleutel, Locale locale) {
		return this.berichten.getMessage(sleutel, null, sleutel, locale);
	}

	private static String leeg(Object waarde) {
		return (waarde != null) ? waarde.toString() : "";
	}

	private static void schrijfRegel(Writer uit, List<String> velden) throws IOException {
		for (int i = 0; i < velden.size(); i++) {
			if (i > 0) {
				uit.write(';');
			}
			uit.write(csv(velden.get(i)));
		}
		uit.write("\r\n");
	}

	/**
	 * Quotes a field where needed and defuses formula injection: a cell that starts with
	 * = + - @ is opened by Excel as a formula, so it gets a leading apostrophe.
	 */
	static String csv(String waarde) {
		String veld = waarde;
		if (!veld.isEmpty() && "=+-@\t\r".indexOf(veld.charAt(0)) >= 0) {
			veld = "'" + veld;
		}
		if (veld.contains(";") || veld.contains("\"") || veld.contains("\n") || veld.contains("\r")) {
			veld = "\"" + veld.replace("\"", "\"\"") + "\"";
		}
		return veld;
	}

}
