package nl.wijkdossier.spreekuur;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night the week that comes into view gets its sessions ({@link Sessies} keeps
 * today to eight weeks ahead), and once at start-up — after the demo data, which loads
 * before the application is ready — so a server that was down over night catches up.
 * <p>
 * The night run is at {@code wijkdossier.spreekuren.synchronisatie.cron} (default 02:30
 * Europe/Amsterdam; {@code -} switches it off, as the tests do), the start-up run follows
 * {@code wijkdossier.spreekuren.synchronisatie.bij-start} (default on). Running it twice
 * does no harm: the sync is idempotent and locks each spreekuur row while it works;
 * still, the night run takes a cluster-wide lock ({@link nl.wijkdossier.shared.Planning})
 * so that with several nodes it happens once.
 */
@Component
public class SpreekuurSynchronisatie {

	private static final Logger log = LoggerFactory.getLogger(SpreekuurSynchronisatie.class);

	private final Sessies sessies;

	private final boolean bijStart;

	SpreekuurSynchronisatie(Sessies sessies,
			@Value("${wijkdossier.spreekuren.synchronisatie.bij-start:true}") boolean bijStart) {
		this.sessies = sessies;
		this.bijStart = bijStart;
	}

	@Scheduled(cron = "${wijkdossier.spreekuren.synchronisatie.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "spreekuur-synchronisatie", lockAtLeastFor = "PT1M", lockAtMostFor = "PT20M")
	public void elkeNacht() {
		synchroniseer("nacht");
	}

	@EventListener(ApplicationReadyEvent.class)
	void bijStart() {
		if (this.bijStart) {
			synchroniseer("start");
		}
	}

	/**
	 * Brings every spreekuur's coming sessions in step with its schedule.
	 * @return the number of coming sessions that take place
	 */
	public int synchroniseer(String aanleiding) {
		long start = System.nanoTime();
		int aantal = this.sessies.synchroniseerAlles();
		log.info("Spreekuursessies bijgewerkt ({}): {} komende sessies in {} ms", aanleiding, aantal,
				(System.nanoTime() - start) / 1_000_000);
		return aantal;
	}

}
