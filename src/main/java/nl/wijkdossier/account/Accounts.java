package nl.wijkdossier.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes accounts. Other modules (a new medewerker, demo data) call this;
 * passwords are hashed here and nowhere else.
 */
@Service
public class Accounts {

	/** Minimum password length (OWASP ASVS 2.1.1). */
	public static final int MINIMUM_WACHTWOORD_LENGTE = 12;

	private static final Pattern GEBRUIKERSNAAM = Pattern.compile("^[a-z0-9._-]{3,60}$");

	private final GebruikerRepository gebruikers;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Accounts(GebruikerRepository gebruikers, PasswordEncoder passwordEncoder, Clock clock) {
		this.gebruikers = gebruikers;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Lower-cases and trims a typed user name. */
	public static String normaliseer(String gebruikersnaam) {
		return gebruikersnaam == null ? "" : gebruikersnaam.trim().toLowerCase(Locale.ROOT);
	}

	public static boolean isGeldigeGebruikersnaam(String gebruikersnaam) {
		return GEBRUIKERSNAAM.matcher(normaliseer(gebruikersnaam)).matches();
	}

	public static boolean isGeldigWachtwoord(String wachtwoord) {
		return wachtwoord != null && wachtwoord.codePointCount(0, wachtwoord.length()) >= MINIMUM_WACHTWOORD_LENGTE;
	}

	@Transactional(readOnly = true)
	public boolean bestaat(String gebruikersnaam) {
		return this.gebruikers.existsByGebruikersnaam(normaliseer(gebruikersnaam));
	}

	/**
	 * Creates an account and returns its id.
	 * @throws IllegalArgumentException on a user name or password that breaks the policy
	 */
	@Transactional
	public long maakAan(NieuwAccount account) {
		return maakAanMetHash(account.gebruikersnaam(), hash(account.wachtwoord()), account.rol(),
				account.weergavenaam(), account.email());
	}

	/**
	 * For bulk loads that hash one password once (demo data): the hash must come from
	 * {@link #hash}.
	 */
	@Transactional
	public long maakAanMetHash(String gebruikersnaam, String wachtwoordHash, Rol rol, String weergavenaam,
			String email) {
		String naam = normaliseer(gebruikersnaam);
		if (!GEBRUIKERSNAAM.matcher(naam).matches()) {
			throw new IllegalArgumentException("Ongeldige gebruikersnaam");
		}
		Gebruiker gebruiker = new Gebruiker(naam, wachtwoordHash, rol, weergavenaam, email, this.clock.instant());
		return this.gebruikers.save(gebruiker).getId();
	}

	public String hash(String wachtwoord) {
		if (!isGeldigWachtwoord(wachtwoord)) {
			throw new IllegalArgumentException("Wachtwoord te kort");
		}
		return this.passwordEncoder.encode(wachtwoord);
	}

	@Transactional
	public void wijzig(long gebruikerId, String weergavenaam, String email, Rol rol) {
		gebruiker(gebruikerId).wijzig(weergavenaam, email, rol);
	}

	@Transactional
	public void zetActief(long gebruikerId, boolean actief) {
		Gebruiker gebruiker = gebruiker(gebruikerId);
		if (actief) {
			gebruiker.activeer();
		}
		else {
			gebruiker.deactiveer();
		}
	}

	@Transactional
	public void wijzigWachtwoord(long gebruikerId, String nieuwWachtwoord) {
		gebruiker(gebruikerId).wijzigWachtwoord(hash(nieuwWachtwoord));
	}

	@Transactional(readOnly = true)
	public AccountInfo info(long gebruikerId) {
		Gebruiker g = gebruiker(gebruikerId);
		return new AccountInfo(g.getId(), g.getGebruikersnaam(), g.getWeergavenaam(), g.getEmail(), g.getRol(),
				g.isActief());
	}

	/** Active accounts per role, every role listed (zero where none). */
	@Transactional(readOnly = true)
	public Map<Rol, Long> actieveAccountsPerRol() {
		Map<Rol, Long> perRol = new EnumMap<>(Rol.class);
		for (Rol rol : Rol.values()) {
			perRol.put(rol, 0L);
		}
		this.gebruikers.telActiefPerRol().forEach((telling) -> perRol.put(telling.rol(), telling.aantal()));
		return perRol;
	}

	private Gebruiker gebruiker(long gebruikerId) {
		return this.gebruikers.findById(gebruikerId)
			.orElseThrow(() -> new IllegalArgumentException("Onbekende gebruiker " + gebruikerId));
	}

	/** A new account; the password is plain text here and hashed before it is stored. */
	public record NieuwAccount(String gebruikersnaam, String wachtwoord, Rol rol, String weergavenaam, String email) {

		@Override
		public String toString() {
			return "NieuwAccount[" + this.gebruikersnaam + ", " + this.rol + "]";
		}

	}

	/** What other modules may know of an account. */
	public record AccountInfo(long id, String gebruikersnaam, String weergavenaam, String email, Rol rol,
			boolean actief) {
	}

}
