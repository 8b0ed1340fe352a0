package org.socle.security;

import tools.jackson.databind.json.JsonMapper;

/** JSON bodies for matrix requests. */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

}
