package org.socle.inventory.workorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the work-order pages and API ask of the service. */
public final class WorkCommands {

	private WorkCommands() {
	}

	/** A corrective work order on an asset (optionally about a ticket). */
	public record NewCorrective(@NotNull Long assetId, @NotBlank @Size(max = 300) String title,
			@Size(max = 4000) String description, LocalDate dueOn, Long ticketId) {
	}

	/** A step of the lifecycle, with a note (why it is put on hold, cancelled...). */
	public record Transition(@NotNull WorkOrderStatus to, @Size(max = 1000) String note, Long version) {
	}

	/** Who worked: a person id, or a name and employer; start and end, or minutes. */
	public record NewWorkRecord(Long personId, @Size(max = 200) String technicianName, @Size(max = 200) String employer,
			Instant startedAt, Instant endedAt, @Min(1) @Max(100000) Integer minutes, @Size(max = 2000) String note) {
	}

	public record NewPart(@NotBlank @Size(max = 100) String reference, @Size(max = 500) String description,
			@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity) {
	}

	/** A checklist line added by hand (corrective work, an extra measure). */
	public record NewCheckLine(@NotBlank @Size(max = 300) String label, @Size(max = 30) String unit,
			BigDecimal lowerLimit, BigDecimal upperLimit) {
	}

	/** What was found on a checklist line. */
	public record Measure(BigDecimal measuredValue, Boolean passed, @Size(max = 1000) String comment) {
	}

	/** The verdict and the closing note. */
	public record Result(Conformity conformity, @Size(max = 4000) String closingNote, Long version) {
	}

	/** The asset's downtime window, distinct from the work order's own dates. */
	public record Downtime(Instant downSince, Instant backInService, Long version) {
	}

}
