package org.socle.inventory.workorder;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckLineTests {

	private static CheckLine line(String lower, String upper) {
		return new CheckLine(1, new CheckLineSpec("Courant de fuite", "µA",
				(lower != null) ? new BigDecimal(lower) : null, (upper != null) ? new BigDecimal(upper) : null), true);
	}

	@Test
	void aMeasureWithinTheLimitsIsConformingAndTheLimitsThemselvesAreIncluded() {
		CheckLine line = line("0", "100");
		line.record(new BigDecimal("100.000"), null, null);
		assertThat(line.getConforming()).isTrue();
		line.record(new BigDecimal("0"), null, null);
		assertThat(line.getConforming()).isTrue();
	}

	@Test
	void aMeasureOutsideTheLimitsMakesTheLineNonConformingWhateverTheBoxTicked() {
		CheckLine line = line("0", "100");
		line.record(new BigDecimal("100.01"), true, null);
		assertThat(line.isNonConforming()).isTrue();
		CheckLine lowerOnly = line("50", null);
		lowerOnly.record(new BigDecimal("49.9"), null, null);
		assertThat(lowerOnly.isNonConforming()).isTrue();
	}

	@Test
	void aFailedYesNoCheckIsNonConformingAndALineWithLimitsButNoMeasureIsUndecided() {
		CheckLine yesNo = line(null, null);
		yesNo.record(null, false, "Câble abîmé");
		assertThat(yesNo.isNonConforming()).isTrue();
		CheckLine measured = line("0", "1");
		measured.record(null, true, null);
		assertThat(measured.getConforming()).isNull();
	}

	@Test
	void onlyTheDeclaredTransitionsAreAllowed() {
		assertThat(WorkOrderStatus.OPEN.mayBecome(WorkOrderStatus.IN_PROGRESS)).isTrue();
		assertThat(WorkOrderStatus.IN_PROGRESS.mayBecome(WorkOrderStatus.ON_HOLD)).isTrue();
		assertThat(WorkOrderStatus.ON_HOLD.mayBecome(WorkOrderStatus.IN_PROGRESS)).isTrue();
		assertThat(WorkOrderStatus.IN_PROGRESS.mayBecome(WorkOrderStatus.DONE)).isTrue();
		assertThat(WorkOrderStatus.OPEN.mayBecome(WorkOrderStatus.DONE)).isFalse();
		assertThat(WorkOrderStatus.ON_HOLD.mayBecome(WorkOrderStatus.DONE)).isFalse();
		assertThat(WorkOrderStatus.DONE.mayBecome(WorkOrderStatus.IN_PROGRESS)).isFalse();
		assertThat(WorkOrderStatus.CANCELLED.mayBecome(WorkOrderStatus.OPEN)).isFalse();
	}

}
