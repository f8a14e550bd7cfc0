package nl.wijkdossier.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import nl.wijkdossier.dashboard.Figuur.Kolom;
import nl.wijkdossier.dashboard.Figuur.Rij;

/**
 * A {@link Figuur} in words for one locale: its labels, the chart's data as JSON (read by
 * {@code static/js/dashboard.js} from a {@code <script type="application/json">}, so no
 * inline script is needed) and the table as CSV. Every output takes its numbers from the
 * same cells, so a suppressed cell is "&lt;5" in the table and the CSV and no bar in the
 * chart.
 */
public final class FiguurTekst {

	private final MessageSource messages;

	private final Locale locale;

	FiguurTekst(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String label(Rij rij) {
		return (rij.sleutel() != null) ? bericht(rij.sleutel()) : rij.tekst();
	}

	public String kolom(Kolom kolom) {
		return bericht(kolom.sleutel());
	}

	/** {"type":"bar","labels":[…],"datasets":[{"label":…,"data":[3,null]}]}. */
	String grafiekJson(Figuur figuur) {
		StringBuilder json = new StringBuilder("{\"type\":");
		json.append(figuur.grafiek() == Figuur.Grafiek.LIJN ? "\"line\"" : "\"bar\"");
		json.append(",\"labels\":[");
		List<Rij> rijen = figuur.grafiekRijen();
		for (int r = 0; r < rijen.size(); r++) {
			json.append((r > 0) ? "," : "").append(tekenreeks(label(rijen.get(r))));
		}
		json.append("],\"datasets\":[");
		boolean eerste = true;
		for (int k = 0; k < figuur.kolommen().size(); k++) {
			Kolom kolom = figuur.kolommen().get(k);
			if (!kolom.inGrafiek()) {
				continue;
			}
			json.append(eerste ? "" : ",").append("{\"label\":").append(tekenreeks(kolom(kolom))).append(",\"data\":[");
			for (int r = 0; r < rijen.size(); r++) {
				BigDecimal waarde = rijen.get(r).cellen().get(k).grafiekWaarde();
				json.append((r > 0) ? "," : "").append((waarde != null) ? waarde.toPlainString() : "null");
			}
			json.append("]}");
			eerste = false;
		}
		return json.append("]}").toString();
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
		regel(csv, kop);
		for (Rij rij : figuur.rijen()) {
			List<String> velden = new ArrayList<>();
			velden.add(label(rij));
			rij.cellen().forEach((c) -> velden.add(c.tekst(this.locale).replace("\u00a0", " ")));
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

	/** Quoted where needed; a leading =, +, - or @ is defused for spreadsheets. */
	static String veld(String waarde) {
		String v = waarde;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			v = "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	/** A JSON string, with &lt; escaped so it cannot end its script element. */
	static String tekenreeks(String waarde) {
		StringBuilder s = new StringBuilder("\"");
		for (char c : waarde.toCharArray()) {
			switch (c) {
				case '"' -> s.append("\\\"");
				case '\\' -> s.append("\\\\");
				case '<' -> s.append("\\u003c");
				case '>' -> s.append("\\u003e");
				case '&' -> s.append("\\u0026");
				default -> {
					if (c < 0x20) {
						s.append(String.format("\\u%04x", (int) c));
					}
					else {
						s.append(c);
					}
				}
			}
		}
		return s.append('"').toString();
	}

	private String bericht(String sleutel) {
		return this.messages.getMessage(sleutel, null, this.locale);
	}

}
