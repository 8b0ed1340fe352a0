package org.socle.shared.csvimport;

import java.util.Arrays;
import java.util.List;

/**
 * Why one value of a line cannot be imported: the column and a message key with its
 * arguments (an argument may itself be a
 * {@link org.springframework.context.MessageSourceResolvable}, e.g. an enum label).
 */
public record FieldProblem(String column, String messageKey, List<Object> arguments) {

	public FieldProblem {
		arguments = List.copyOf(arguments);
	}

	public static FieldProblem of(String column, String messageKey, Object... arguments) {
		return new FieldProblem(column, messageKey, Arrays.asList(arguments));
	}

}
