package org.socle.servicedesk.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-process SMTP and IMAP server (GreenMail) for the mail tests of this JVM, on free
 * ports chosen once (so people running tests side by side do not collide, and a stopped
 * server comes back on the same port).
 */
public final class MailServer {

	private static final int SMTP_PORT = freePort();

	private static final int IMAP_PORT = freePort();

	private static final GreenMail SERVER = new GreenMail(
			new ServerSetup[] { new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
					new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static {
		SERVER.start();
	}

	private MailServer() {
	}

	public static GreenMail server() {
		return SERVER;
	}

	public static int imapPort() {
		return IMAP_PORT;
	}

	/** Points the application's mail sender at the server. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	public static void stop() {
		SERVER.stop();
	}

	public static void start() {
		if (!SERVER.isRunning()) {
			SERVER.start();
		}
	}

	/** The mails the server received for this address. */
	public static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
	}

	public static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to)
				.anyMatch(a -> a.toString().toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT)));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
