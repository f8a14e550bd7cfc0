package nl.wijkdossier.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class GebruikerDetailsService implements UserDetailsService {

	private final GebruikerRepository gebruikers;

	GebruikerDetailsService(GebruikerRepository gebruikers) {
		this.gebruikers = gebruikers;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.gebruikers.findByGebruikersnaam(Accounts.normaliseer(username))
			.map(Gebruiker::toUser)
			.orElseThrow(() -> new UsernameNotFoundException("Onbekend account"));
	}

}
