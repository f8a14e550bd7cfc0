package nl.wijkdossier.gesprek;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders the resident's report: the Thymeleaf template {@code gesprek/verslag-pdf}
 * (XHTML, always Dutch) through OpenHTMLtoPDF into a tagged PDF/A-2a (PDF/UA). The font
 * (Liberation Sans, SIL Open Font License, shipped inside PDFBox) is embedded, so the
 * report looks the same on every reader and printer. The renderer loads nothing from
 * outside: no network, no files.
 */
@Component
class VerslagPdf {

	static final String TEMPLATE = "gesprek/verslag-pdf";

	/** The font family the template's CSS names. */
	static final String LETTERTYPE = "Liberation Sans";

	private static final String LETTERTYPE_BESTAND = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

	private final ITemplateEngine templates;

	private final byte[] kleurprofiel;

	VerslagPdf(ITemplateEngine templates) {
		this.templates = templates;
		XRLog.setLoggerImpl(new RendererLog());
		this.kleurprofiel = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
		if (VerslagPdf.class.getResource(LETTERTYPE_BESTAND) == null) {
			throw new IllegalStateException("Lettertype ontbreekt op het classpath: " + LETTERTYPE_BESTAND);
		}
	}

	/** The report's XHTML, as the template renders it. */
	String xhtml(VerslagInhoud inhoud) {
		Context context = new Context(NEDERLANDS);
		context.setVariable("v", inhoud);
		return this.templates.process(TEMPLATE, context);
	}

	byte[] maak(VerslagInhoud inhoud) {
		ByteArrayOutputStream uit = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useExternalResourceAccessControl((uri, soort) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, soort) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.useFont(() -> VerslagPdf.class.getResourceAsStream(LETTERTYPE_BESTAND), LETTERTYPE, 400,
					FontStyle.NORMAL, true);
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
			builder.useColorProfile(this.kleurprofiel);
			builder.withProducer("Wijkdossier");
			builder.withHtmlContent(xhtml(inhoud), null);
			builder.toStream(uit);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Het verslag kon niet als PDF worden gemaakt", ex);
		}
		return uit.toByteArray();
	}

	/**
	 * The renderer's own log in the application's log instead of on the console: its
	 * chatter (timings, font loading) at debug, its warnings and errors as such.
	 */
	static final class RendererLog implements XRLogger {

		@Override
		public void log(String categorie, Level niveau, String melding) {
			log(categorie, niveau, melding, null);
		}

		@Override
		public void log(String categorie, Level niveau, String melding, Throwable fout) {
			Logger logger = LoggerFactory.getLogger(categorie);
			if (niveau.intValue() >= Level.SEVERE.intValue()) {
				logger.error(melding, fout);
			}
			else if (niveau.intValue() >= Level.WARNING.intValue()) {
				logger.warn(melding, fout);
			}
			else {
				logger.debug(melding, fout);
			}
		}

		@Override
		public void setLevel(String categorie, Level niveau) {
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic melding) {
			Logger logger = LoggerFactory.getLogger(melding.getLogMessageId().getWhere());
			return (melding.getLevel().intValue() >= Level.WARNING.intValue()) ? logger.isWarnEnabled()
					: logger.isDebugEnabled();
		}

	}

}
