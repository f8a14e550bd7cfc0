package nl.wijkdossier.schaal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the scale generator loaded: rows and time per table (one table may be loaded in
 * more than one COPY; they add up), plus the steps that are not a table (migrations,
 * sequences, ANALYZE), printed as a table with rows per second.
 */
final class Rapport {

	private final Map<String, long[]> tabellen = new LinkedHashMap<>();

	private final List<String> stappen = new ArrayList<>();

	private final long start = System.nanoTime();

	void tabel(String tabel, long rijen, long nanos) {
		long[] totaal = this.tabellen.computeIfAbsent(tabel, (t) -> new long[2]);
		totaal[0] += rijen;
		totaal[1] += nanos;
		// progress while a large load runs
		System.out.printf(Locale.ROOT, "  %-26s %,12d rijen %8.1f s%n", tabel, rijen, nanos / 1e9);
	}

	void stap(String naam, long nanos) {
		this.stappen.add(String.format(Locale.ROOT, "%-28s %10.1f s", naam, nanos / 1e9));
	}

	/** Rows loaded into a table, 0 when it was not loaded. */
	long rijen(String tabel) {
		long[] totaal = this.tabellen.get(tabel);
		return (totaal != null) ? totaal[0] : 0;
	}

	long totaalRijen() {
		return this.tabellen.values().stream().mapToLong((t) -> t[0]).sum();
	}

	double seconden() {
		return (System.nanoTime() - this.start) / 1e9;
	}

	void druk(PrintStream uit) {
		uit.printf(Locale.ROOT, "%-28s %12s %10s %12s%n", "tabel", "rijen", "seconden", "rijen/s");
		long nanos = 0;
		for (Map.Entry<String, long[]> e : this.tabellen.entrySet()) {
			long[] t = e.getValue();
			nanos += t[1];
			uit.printf(Locale.ROOT, "%-28s %,12d %10.1f %,12.0f%n", e.getKey(), t[0], t[1] / 1e9,
					t[0] / Math.max(1e-9, t[1] / 1e9));
		}
		uit.printf(Locale.ROOT, "%-28s %,12d %10.1f %,12.0f%n", "COPY samen", totaalRijen(), nanos / 1e9,
				totaalRijen() / Math.max(1e-9, nanos / 1e9));
		this.stappen.forEach(uit::println);
		uit.printf(Locale.ROOT, "%-28s %10.1f s%n", "totaal", seconden());
	}

}
