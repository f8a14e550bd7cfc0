package nl.wijkdossier.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client with cookies, for tests that need the real servlet container (error
 * pages, sessions, headers on the wire) but no browser.
 */
public final class Browserloos {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** What a browser asks for, so the server answers with pages, not JSON. */
	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String basis;

	private final CookieManager cookies;

	private final HttpClient client;

	public Browserloos(int poort) {
		this(poort, new CookieManager());
	}

	/**
	 * A client that shares its cookies with others — a browser whose requests a load
	 * balancer sends to different nodes (cookies do not depend on the port).
	 */
	public Browserloos(int poort, CookieManager cookies) {
		this.basis = "http://localhost:" + poort;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String pad) {
		return stuur(HttpRequest.newBuilder(URI.create(this.basis + pad)).header("Accept", HTML).GET().build());
	}

	/** Logs in through the real form and returns the response to the POST. */
	public HttpResponse<String> logIn(String gebruikersnaam, String wachtwoord) {
		String csrf = csrfVan(get("/login").body());
		String formulier = "username=" + enc(gebruikersnaam) + "&password=" + enc(wachtwoord) + "&_csrf=" + enc(csrf);
		return stuur(HttpRequest.newBuilder(URI.create(this.basis + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(formulier))
			.build());
	}

	/**
	 * Posts a form as a browser would after opening {@code formulierPagina}: with that
	 * page's CSRF token.
	 */
	public HttpResponse<String> post(String formulierPagina, String pad, java.util.Map<String, String> velden) {
		return verstuur(get(formulierPagina).body(), pad, velden);
	}

	/**
	 * Sends a form from a page opened earlier (its HTML), as a browser does with a page
	 * it still shows — also when the server can no longer render that page.
	 */
	public HttpResponse<String> verstuur(String formulierHtml, String pad, java.util.Map<String, String> velden) {
		StringBuilder formulier = new StringBuilder("_csrf=" + enc(csrfVan(formulierHtml)));
		velden.forEach((naam, waarde) -> formulier.append('&').append(enc(naam)).append('=').append(enc(waarde)));
		return stuur(HttpRequest.newBuilder(URI.create(this.basis + pad))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(formulier.toString()))
			.build());
	}

	/**
	 * Posts as htmx does (header {@code HX-Request}), with the CSRF token of
	 * {@code formulierPagina}: an autosave, a search as you type.
	 */
	public HttpResponse<String> htmxPost(String formulierPagina, String pad, java.util.Map<String, String> velden) {
		StringBuilder formulier = new StringBuilder("_csrf=" + enc(csrfVan(get(formulierPagina).body())));
		velden.forEach((naam, waarde) -> formulier.append('&').append(enc(naam)).append('=').append(enc(waarde)));
		return stuur(HttpRequest.newBuilder(URI.create(this.basis + pad))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofString(formulier.toString()))
			.build());
	}

	/** A download (a PDF), as bytes. */
	public HttpResponse<byte[]> download(String pad) {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.basis + pad)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String sessieId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> stuur(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrfVan(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("Geen CSRF-token op de pagina");
		}
		return matcher.group(1);
	}

	private static String enc(String waarde) {
		return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
	}

}
