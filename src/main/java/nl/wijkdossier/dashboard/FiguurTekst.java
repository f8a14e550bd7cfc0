package nl.wijkdossier.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;

import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Rij;

/**
 * A {@link Figuur} in words for one locale: its labels, the chart's data as JSON (read by
 * {@code static/js/dashboard.js} from the canvas's {@code data-grafiek} attribute, so no
 * inline script is needed) and the table as CSV. Every output takes its numbers from the
 * same cells, so a suppressed cell is "&lt;5" in the table and the CSV and no bar in the
 * chart.
 */
public final class FiguurTekst {

	private final MessageSource messages;

	private final Locale locale;

	private final JsonMapper json;

	FiguurTekst(MessageSource messages, Locale locale, JsonMapper json) {
		this.messages = messages;
		this.locale = locale;
		this.json = json;
	}

	/** The words of a row's judgement; empty when it has none. */
	public String oordeel(Rij rij) {
		return (rij.oordeel() != null) ? bericht(rij.oordeel().sleutel()) : "";
	}

	public String label(Rij rij) {
		return (rij.sleutel() != null) ? bericht(rij.sleutel()) : rij.tekst();
	}

	public String kolom(Kolom kolom) {
		return bericht(kolom.sleutel());
	}

	/**
	 * The chart's data:
	 * {@code {"type":"bar","labels":[…],"datasets":[{"label":…,"data":[3,null]}]}} — a
	 * suppressed cell is null, so no bar and a gap in a line. Written by Jackson; the
	 * page puts it in an attribute, which Thymeleaf escapes.
	 */
	String grafiekJson(Figuur figuur) {
		List<Rij> rijen = figuur.grafiekRijen();
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (int k = 0; k < figuur.kolommen().size(); k++) {
			Kolom kolom = figuur.kolommen().get(k);
			if (!kolom.inGrafiek()) {
				continue;
			}
			int index = k;
			List<Number> data = rijen.stream().map((r) -> getal(r.cellen().get(index).grafiekWaarde())).toList();
			Map<String, Object> dataset = new LinkedHashMap<>();
			dataset.put("label", kolom(kolom));
			dataset.put("data", data);
			datasets.add(dataset);
		}
		Map<String, Object> grafiek = new LinkedHashMap<>();
		grafiek.put("type", (figuur.grafiek() == Figuur.Grafiek.LIJN) ? "line" : "bar");
		grafiek.put("labels", rijen.stream().map(this::label).toList());
		grafiek.put("datasets", datasets);
		return this.json.writeValueAsString(grafiek);
	}

	/** A whole number as such (3, not 3.0), any other as a double; null stays null. */
	private static Number getal(BigDecimal waarde) {
		if (waarde == null) {
			return null;
		}
		return (waarde.stripTrailingZeros().scale() <= 0) ? (Number) waarde.longValueExact() : waarde.doubleValue();
	}

	/**
	 * The table as CSV for a Dutch spreadsheet: semicolons, a header row, the cells as on
	 * the page, UTF-8 with a byte-order mark.
	 */
	String csv(Figuur figuur) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> kop = new ArrayList<>();
		kop.add(bericht("dashboard.kolom.categorie"));
		figuur.kolommen().forEach((k) -> kop.add(kolom(k)));
		if (figuur.heeftOordelen()) {
			kop.add(bericht("dashboard.kolom.oordeel"));
		}
		regel(csv, kop);
		for (Rij rij : figuur.rijen()) {
			List<String> velden = new ArrayList<>();
			velden.add(label(rij));
			rij.cellen().forEach((c) -> velden.add(c.tekst(this.locale).replace("\u00a0", " ")));
			if (figuur.heeftOordelen()) {
				velden.add(oordeel(rij));
			}
			regel(csv, velden);
		}
		return csv.toString();
	}

	private static void regel(StringBuilder csv, List<String> velden) {
		for (int i = 0; i < velden.size(); i++) {
			csv.append((i > 0) ? ";" : "").append(veld(velden.get(i)));
		}
		csv.append("\r\n");
	}

	/**
	 * Quoted where needed; a leading =, +, - or @ is defused for spreadsheets — except a
	 * plain negative number (a change of −1), which a spreadsheet reads as a number.
	 */
	static String veld(String waarde) {
		String v = waarde;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-\\d[\\d.,]*%?")) {
			v = "'" + v;
		}
		if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			v = "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	private String bericht(String sleutel) {
		return this.messages.getMessage(sleutel, null, this.locale);
	}

}
