package org.socle.shared.csvimport;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * An error of one line of an import file, resolvable into the user's language.
 *
 * @param line the row number in the file (the header is row 1)
 * @param column the column key
 * @param header the column's header as written in the file (or its template header)
 * @param messageKey the message key
 * @param arguments the message arguments
 */
public record LineError(int line, String column, String header, String messageKey,
		List<Object> arguments) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return this.messageKey;
	}

}
