package org.socle.servicedesk.mail.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new text of a reply: what comes before the quoted mail ("On ... wrote:", "Le ... a
 * écrit :", an "Original Message" line, Outlook's "From:"/"De :" block) and without
 * "&gt;" quoted lines. When nothing would remain, the whole text is kept.
 */
final class ReplyText {

	private static final Pattern QUOTE_START = Pattern.compile(
			"^(On .+ wrote:|Le .+ a [ée]crit ?:|-{2,} ?(Original Message|Message d.origine|Courriel original) ?-{2,}|"
					+ "(From|De) ?: .+|_{10,})\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private ReplyText() {
	}

	static String strip(String text) {
		List<String> kept = new ArrayList<>();
		for (String line : text.split("\\R", -1)) {
			if (QUOTE_START.matcher(line.strip()).matches()) {
				break;
			}
			if (!line.startsWith(">")) {
				kept.add(line);
			}
		}
		String reply = String.join("\n", kept).strip();
		return reply.isEmpty() ? text.strip() : reply;
	}

}
