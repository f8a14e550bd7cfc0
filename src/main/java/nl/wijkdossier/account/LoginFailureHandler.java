package nl.wijkdossier.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import nl.wijkdossier.shared.web.DatabaseStoring;

/**
 * After a failed login: counts it for throttling and shows one message whatever the
 * reason (unknown account, wrong password, deactivated), so nobody learns which accounts
 * exist. Only an unreachable database gets its own message.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	LoginFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof InternalAuthenticationServiceException && DatabaseStoring.isOorzaakVan(exception)) {
			response.sendRedirect(request.getContextPath() + "/login?storing");
			return;
		}
		this.throttle.registreerMislukt(request.getParameter("username"), request.getRemoteAddr());
		response.sendRedirect(request.getContextPath() + "/login?fout");
	}

}
