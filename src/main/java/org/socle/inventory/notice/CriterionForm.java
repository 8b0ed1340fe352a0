package org.socle.inventory.notice;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One criterion to add to a notice's scope: a model (its id), a text value (alias, device
 * identifier, serial, lot, software version), a serial range (value to valueTo) or a
 * manufacturing-date range (dateFrom to dateTo).
 */
public record CriterionForm(@NotNull CriterionKind kind, Long modelId, @Size(max = 200) String value,
		@Size(max = 200) String valueTo, LocalDate dateFrom, LocalDate dateTo) {

}
