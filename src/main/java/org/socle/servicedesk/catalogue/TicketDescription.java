package org.socle.servicedesk.catalogue;

import java.util.Locale;

/**
 * The description of a catalogue ticket, in Markdown: the requester's details, then the
 * answers as a list (the structured answers stay in the catalogue's own table).
 */
final class TicketDescription {

	private TicketDescription() {
	}

	static String of(CatalogueRequest request, Locale locale) {
		StringBuilder text = new StringBuilder();
		if (request.getDetails() != null) {
			text.append(request.getDetails()).append("\n\n");
		}
		for (Answer answer : request.getAnswers()) {
			if (answer.getShown() != null) {
				text.append("- **")
					.append(answer.label(locale))
					.append("** : ")
					.append(answer.getShown().replace("\n", " "))
					.append('\n');
			}
		}
		return text.isEmpty() ? null : text.toString().strip();
	}

}
