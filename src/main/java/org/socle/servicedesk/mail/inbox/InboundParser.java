package org.socle.servicedesk.mail.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Reads a received MIME message: sender, subject, the plain text (from the HTML part,
 * tags removed, when there is no text part), thread ids, and attachments.
 */
final class InboundParser {

	/** Headers that tell an auto-reply, a list or a loop. */
	static final List<String> HEADERS = List.of("auto-submitted", "x-autoreply", "x-autorespond", "precedence",
			"x-auto-response-suppress", "list-id", "return-path", "x-socle-ticket");

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

	private static final PolicyFactory NO_TAGS = new HtmlPolicyBuilder().toFactory();

	private InboundParser() {
	}

	static InboundMessage parse(MimeMessage message) throws MessagingException, IOException {
		InternetAddress from = sender(message);
		String subject = (message.getSubject() != null) ? message.getSubject().strip() : "";
		Body body = new Body();
		read(message, body);
		String text = (body.text != null) ? body.text : (body.html != null) ? htmlToText(body.html) : "";
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : HEADERS) {
			String value = message.getHeader(name, ",");
			if (value != null) {
				headers.put(name, value.strip());
			}
		}
		String address = (from != null) ? from.getAddress().strip().toLowerCase(Locale.ROOT) : "";
		String name = (from != null && from.getPersonal() != null) ? from.getPersonal() : address;
		String messageId = (message.getMessageID() != null) ? message.getMessageID().strip()
				: synthetic(address, subject, message.getSentDate(), text);
		return new InboundMessage(messageId, address, name, subject, text.strip(), threadIds(message), headers,
				body.attachments);
	}

	private static InternetAddress sender(MimeMessage message) throws MessagingException {
		Address[] from = message.getFrom();
		return (from != null && from.length > 0 && from[0] instanceof InternetAddress a) ? a : null;
	}

	private static List<String> threadIds(MimeMessage message) throws MessagingException {
		List<String> ids = new ArrayList<>();
		for (String header : List.of("In-Reply-To", "References")) {
			String value = message.getHeader(header, " ");
			if (value != null) {
				Matcher m = MESSAGE_ID.matcher(value);
				while (m.find()) {
					if (!ids.contains(m.group())) {
						ids.add(m.group());
					}
				}
			}
		}
		return ids;
	}

	private static void read(Part part, Body body) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				read(child, body);
			}
			return;
		}
		String disposition = part.getDisposition();
		boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null;
		if (!attached && part.isMimeType("text/plain") && body.text == null) {
			body.text = part.getContent().toString();
		}
		else if (!attached && part.isMimeType("text/html") && body.html == null) {
			body.html = part.getContent().toString();
		}
		else if (attached) {
			try (InputStream in = part.getInputStream()) {
				String filename = (part.getFileName() != null) ? MimeUtility.decodeText(part.getFileName())
						: "attachment";
				body.attachments.add(new InboundMessage.Attachment(filename,
						part.getContentType().split(";")[0].strip(), in.readAllBytes()));
			}
		}
	}

	static String htmlToText(String html) {
		String breaks = html.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|</h\\d>", "\n");
		String stripped = NO_TAGS.sanitize(breaks);
		Matcher entity = Pattern.compile("&#(\\d+);").matcher(stripped);
		StringBuilder out = new StringBuilder();
		while (entity.find()) {
			entity.appendReplacement(out,
					Matcher.quoteReplacement(Character.toString(Integer.parseInt(entity.group(1)))));
		}
		entity.appendTail(out);
		return out.toString()
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&nbsp;", " ")
			.replace("&amp;", "&")
			.replaceAll("\n{3,}", "\n\n");
	}

	/** A stable id for a mail without Message-ID, so that reading it twice is noticed. */
	private static String synthetic(String sender, String subject, java.util.Date sent, String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((sender + "\n" + subject + "\n" + sent + "\n" + text).getBytes(StandardCharsets.UTF_8));
			return "<sha256." + HexFormat.of().formatHex(digest.digest()) + "@no-message-id>";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class Body {

		private String text;

		private String html;

		private final List<InboundMessage.Attachment> attachments = new ArrayList<>();

	}

}
