package org.socle.servicedesk.queue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.socle.shared.web.FieldRuleException;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query string of a queue view as it is saved: only the queue's own parameters, in a
 * fixed order, empty ones left out, encoded once.
 */
final class QueueQuery {

	/** The parameters of the queue page (and of /api/v1/tickets) that a view keeps. */
	static final List<String> KEYS = List.of("view", "status", "priority", "type", "teamId", "categoryId",
			"establishmentId", "requesterId", "assigneeId", "open", "q", "sort");

	static final int MAX_LENGTH = 2000;

	private QueueQuery() {
	}

	/** From a query string as a browser or API client sends it. */
	static String of(String queryString) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		if (queryString != null) {
			UriComponentsBuilder.fromUriString("/?" + queryString.strip().replaceFirst("^\\?", ""))
				.build()
				.getQueryParams()
				.forEach((key, values) -> values.forEach(v -> params.add(decode(key), (v != null) ? decode(v) : null)));
		}
		return of(params);
	}

	/** From request parameters (the queue page's filter form). */
	static String of(MultiValueMap<String, String> params) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		for (String key : KEYS) {
			List<String> values = params.getOrDefault(key, List.of());
			values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> query.queryParam(key, v.strip()));
		}
		String text = Objects.requireNonNullElse(query.encode().build().getQuery(), "");
		if (text.length() > MAX_LENGTH) {
			throw FieldRuleException.invalid("query", "SavedFilterQuery", MAX_LENGTH);
		}
		return text;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
