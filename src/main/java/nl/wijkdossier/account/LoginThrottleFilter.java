package nl.wijkdossier.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.wijkdossier.shared.web.DatabaseStoring;

/**
 * Refuses a login attempt for a throttled account or address before the password is even
 * checked, so waiting cannot be skipped by guessing right.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGIN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean geblokkeerd;
		try {
			geblokkeerd = this.throttle.isGeblokkeerd(request.getParameter("username"), request.getRemoteAddr());
		}
		catch (RuntimeException ex) {
			if (!DatabaseStoring.isOorzaakVan(ex)) {
				throw ex;
			}
			response.sendRedirect(request.getContextPath() + "/login?storing");
			return;
		}
		if (geblokkeerd) {
			response.sendRedirect(request.getContextPath() + "/login?wacht");
			return;
		}
		chain.doFilter(request, response);
	}

}
