package nl.wijkdossier.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, as every module sees it: account id, name and role.
 */
public final class WijkdossierUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String gebruikersnaam;

	private final String weergavenaam;

	private final Rol rol;

	private final boolean actief;

	private String wachtwoordHash;

	WijkdossierUser(long id, String gebruikersnaam, String weergavenaam, Rol rol, boolean actief,
			String wachtwoordHash) {
		this.id = id;
		this.gebruikersnaam = gebruikersnaam;
		this.weergavenaam = weergavenaam;
		this.rol = rol;
		this.actief = actief;
		this.wachtwoordHash = wachtwoordHash;
	}

	public long id() {
		return this.id;
	}

	public String weergavenaam() {
		return this.weergavenaam;
	}

	public Rol rol() {
		return this.rol;
	}

	public boolean heeftRol(Rol rol) {
		return this.rol == rol;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.rol.authority()));
	}

	@Override
	public String getPassword() {
		return this.wachtwoordHash;
	}

	@Override
	public String getUsername() {
		return this.gebruikersnaam;
	}

	@Override
	public boolean isEnabled() {
		return this.actief;
	}

	@Override
	public void eraseCredentials() {
		this.wachtwoordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WijkdossierUser that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "WijkdossierUser[" + this.gebruikersnaam + ", " + this.rol + "]";
	}

}
