package nl.wijkdossier.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session as soon as its account is deactivated or gets another role, instead of
 * letting it run until the idle time-out: one primary-key lookup per request.
 */
class ActiefAccountFilter extends OncePerRequestFilter {

	private final JdbcClient jdbc;

	ActiefAccountFilter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Probes must never depend on the database; static assets need no check. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String pad = request.getRequestURI().substring(request.getContextPath().length());
		return pad.startsWith("/actuator/") || pad.startsWith("/webjars/") || pad.startsWith("/css/")
				|| pad.startsWith("/js/") || pad.startsWith("/img/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof WijkdossierUser gebruiker
				&& !isNogGeldig(gebruiker)) {
			SecurityContextHolder.clearContext();
			HttpSession sessie = request.getSession(false);
			if (sessie != null) {
				sessie.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?verlopen");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isNogGeldig(WijkdossierUser gebruiker) {
		return this.jdbc.sql("select count(*) from gebruiker where id = ? and actief and rol = ?")
			.params(gebruiker.id(), gebruiker.rol().name())
			.query(Integer.class)
			.single() == 1;
	}

}
