package org.socle.inventory.notice;

import org.socle.shared.web.FieldRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a criterion must hold to be added: a known model, a value that leaves something to
 * compare once normalised, a range whose ends have the same shape, dates in order.
 */
final class CriterionRules {

	private CriterionRules() {
	}

	static NoticeCriterion criterion(Long noticeId, CriterionForm form, JdbcClient jdbc) {
		if (form.kind() == null) {
			throw FieldRuleException.invalid("kind", "NoticeRequired");
		}
		String value = strip(form.value());
		String valueTo = strip(form.valueTo());
		switch (form.kind()) {
			case MODEL -> {
				if (form.modelId() == null
						|| count(jdbc, "select count(*) from inv_model where id = :v", form.modelId()) == 0) {
					throw FieldRuleException.invalid("modelId", "NoticeUnknownModel", form.modelId());
				}
				return new NoticeCriterion(noticeId, form.kind(), form.modelId(), null, null, null, null);
			}
			case SERIAL_RANGE -> {
				checkRange(value, valueTo, jdbc);
				return new NoticeCriterion(noticeId, form.kind(), null, value, valueTo, null, null);
			}
			case MANUFACTURED_BETWEEN -> {
				if (form.dateFrom() == null || form.dateTo() == null) {
					throw FieldRuleException.invalid((form.dateFrom() == null) ? "dateFrom" : "dateTo",
							"NoticeRequired");
				}
				if (form.dateTo().isBefore(form.dateFrom())) {
					throw FieldRuleException.invalid("dateTo", "NoticeDatesInOrder");
				}
				return new NoticeCriterion(noticeId, form.kind(), null, null, null, form.dateFrom(), form.dateTo());
			}
			default -> {
				if (value == null) {
					throw FieldRuleException.invalid("value", "NotBlank");
				}
				String function = switch (form.kind()) {
					case SERIAL -> "inv_serial_key";
					case LOT -> "inv_lot_key";
					case SOFTWARE_VERSION -> "inv_version_key";
					case DEVICE_IDENTIFIER -> "inv_device_identifier_key";
					default -> "inv_name_key";
				};
				if (jdbc.sql("select " + function + "(:v) is null").param("v", value).query(Boolean.class).single()) {
					throw FieldRuleException.invalid("value", "NoticeValueEmpty", value);
				}
				return new NoticeCriterion(noticeId, form.kind(), null, value, null, null, null);
			}
		}
	}

	private static void checkRange(String from, String to, JdbcClient jdbc) {
		if (from == null || to == null) {
			throw FieldRuleException.invalid((from == null) ? "value" : "valueTo", "NotBlank");
		}
		Boolean sameShape = jdbc.sql("select coalesce(inv_serial_shape(:a) = inv_serial_shape(:b), false)")
			.param("a", from)
			.param("b", to)
			.query(Boolean.class)
			.optional()
			.orElse(null);
		if (!Boolean.TRUE.equals(sameShape)) {
			throw FieldRuleException.invalid("valueTo", "NoticeRangeShape", from, to);
		}
	}

	private static long count(JdbcClient jdbc, String sql, Object value) {
		return jdbc.sql(sql).param("v", value).query(Long.class).single();
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
