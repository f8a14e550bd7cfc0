package nl.wijkdossier.organisatie;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.wijkdossier.shared.Postcode;

/**
 * Reads and writes werkgebieden as people type them: "1311-1315, 1318".
 */
final class Pc4Reeksen {

	private Pc4Reeksen() {
	}

	static String alsTekst(Collection<String> pc4s) {
		List<Integer> nummers = pc4s.stream().map(Integer::valueOf).sorted().toList();
		List<String> delen = new ArrayList<>();
		int i = 0;
		while (i < nummers.size()) {
			int begin = nummers.get(i);
			int eind = begin;
			while (i + 1 < nummers.size() && nummers.get(i + 1) == eind + 1) {
				eind = nummers.get(++i);
			}
			delen.add(begin == eind ? String.valueOf(begin) : begin + "–" + eind);
			i++;
		}
		return String.join(", ", delen);
	}

	/**
	 * Parses "1311-1315, 1318" (commas, spaces or new lines between parts; a hyphen or en
	 * dash in a range).
	 * @throws IllegalArgumentException naming the part that is not a PC4 or range
	 */
	static Set<String> lees(String tekst) {
		Set<String> pc4s = new TreeSet<>();
		if (tekst == null || tekst.isBlank()) {
			return pc4s;
		}
		Set<String> delen = new LinkedHashSet<>(List.of(tekst.trim().split("[,;\\s]+")));
		for (String deel : delen) {
			String[] grenzen = deel.split("[-–]", -1);
			if (grenzen.length == 1 && Postcode.isPc4(grenzen[0])) {
				pc4s.add(grenzen[0]);
			}
			else if (grenzen.length == 2 && Postcode.isPc4(grenzen[0]) && Postcode.isPc4(grenzen[1])
					&& Integer.parseInt(grenzen[0]) <= Integer.parseInt(grenzen[1])
					&& Integer.parseInt(grenzen[1]) - Integer.parseInt(grenzen[0]) < 1000) {
				for (int pc4 = Integer.parseInt(grenzen[0]); pc4 <= Integer.parseInt(grenzen[1]); pc4++) {
					pc4s.add(String.valueOf(pc4));
				}
			}
			else {
				throw new IllegalArgumentException(deel);
			}
		}
		return pc4s;
	}

}
