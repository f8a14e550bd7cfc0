package nl.wijkdossier.bezetting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How an absence is covered, day range by day range: which invaller has the cases, and
 * which days are "zonder bezetting". Computed from the absence and its invallen (which
 * never overlap), from a given day on: the past of a running absence no longer needs
 * cover.
 */
record Bezetting(List<Blok> blokken) {

	Bezetting {
		blokken = List.copyOf(blokken);
	}

	/**
	 * The ranges of {@code [max(van, vanaf), tot]}: covered by an invaller, or not
	 * covered.
	 */
	static Bezetting van(LocalDate van, LocalDate tot, List<InvalRegel> invallen, LocalDate vanaf) {
		List<Blok> blokken = new ArrayList<>();
		LocalDate cursor = van.isBefore(vanaf) ? vanaf : van;
		List<InvalRegel> opVolgorde = invallen.stream().sorted(Comparator.comparing(InvalRegel::van)).toList();
		for (InvalRegel inval : opVolgorde) {
			if (cursor.isAfter(tot)) {
				break;
			}
			LocalDate begin = inval.van().isBefore(cursor) ? cursor : inval.van();
			LocalDate eind = inval.tot().isAfter(tot) ? tot : inval.tot();
			if (eind.isBefore(begin)) {
				continue;
			}
			if (begin.isAfter(cursor)) {
				blokken.add(new Blok(cursor, begin.minusDays(1), null, null));
			}
			blokken.add(new Blok(begin, eind, inval.invallerId(), inval.invallerNaam()));
			cursor = eind.plusDays(1);
		}
		if (!cursor.isAfter(tot)) {
			blokken.add(new Blok(cursor, tot, null, null));
		}
		return new Bezetting(blokken);
	}

	/** Some day from the start on has nobody for the cases. */
	public boolean heeftGaten() {
		return this.blokken.stream().anyMatch(Blok::zonderBezetting);
	}

	/** Who covers on that day, or null. */
	public String invallerOp(LocalDate dag) {
		return this.blokken.stream()
			.filter((b) -> !dag.isBefore(b.van()) && !dag.isAfter(b.tot()))
			.findFirst()
			.map(Blok::invallerNaam)
			.orElse(null);
	}

	/** The first day without cover, or null: where a new inval would start. */
	public Blok eersteGat() {
		return this.blokken.stream().filter(Blok::zonderBezetting).findFirst().orElse(null);
	}

	/** A range of days: covered by one invaller, or (invaller null) zonder bezetting. */
	record Blok(LocalDate van, LocalDate tot, Long invallerId, String invallerNaam) {

		public boolean zonderBezetting() {
			return this.invallerId == null;
		}

	}

	/** One inval of an absence, as the pages show it. */
	record InvalRegel(long id, long afwezigheidId, long invallerId, String invallerNaam, String teamNaam, LocalDate van,
			LocalDate tot, String aangewezenDoor, Instant aangewezenOp) {

		/** Still gives (or will give) access: it can be withdrawn. */
		public boolean isIntrekbaar(LocalDate vandaag) {
			return !this.tot.isBefore(vandaag);
		}

		public boolean isBezig(LocalDate vandaag) {
			return !vandaag.isBefore(this.van) && !vandaag.isAfter(this.tot);
		}

	}

}
