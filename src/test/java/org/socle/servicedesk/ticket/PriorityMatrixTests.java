package org.socle.servicedesk.ticket;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.FieldRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriorityMatrixTests {

	@Test
	void theDefaultThreeByThreeGivesOneForHighImpactAndUrgencyAndFiveForLow() {
		PriorityMatrix m = PriorityMatrix.standard();
		assertThat(m.priorityOf(1, 1)).isEqualTo(1);
		assertThat(m.priorityOf(1, 3)).isEqualTo(3);
		assertThat(m.priorityOf(3, 1)).isEqualTo(3);
		assertThat(m.priorityOf(2, 2)).isEqualTo(3);
		assertThat(m.priorityOf(2, 3)).isEqualTo(4);
		assertThat(m.priorityOf(3, 3)).isEqualTo(5);
		assertThat(m.maxImpact()).isEqualTo(3);
		assertThat(m.maxUrgency()).isEqualTo(3);
	}

	@Test
	void aValueOutsideTheGridIsRefusedOnItsField() {
		PriorityMatrix m = PriorityMatrix.standard();
		assertThatThrownBy(() -> m.priorityOf(4, 1)).isInstanceOf(FieldRuleException.class)
			.extracting("field", "rule")
			.containsExactly("impact", "OutOfMatrix");
		assertThatThrownBy(() -> m.priorityOf(1, 0)).isInstanceOf(FieldRuleException.class)
			.extracting("field", "rule")
			.containsExactly("urgency", "OutOfMatrix");
		assertThatThrownBy(() -> m.priorityOf(null, 1)).isInstanceOf(FieldRuleException.class)
			.extracting("field")
			.isEqualTo("impact");
	}

	@Test
	void aFiveByFiveMatrixConfiguredAsDataWorks() {
		List<PriorityMatrix.Cell> cells = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			for (int u = 1; u <= 5; u++) {
				cells.add(new PriorityMatrix.Cell(i, u, Math.min(5, (i + u) / 2)));
			}
		}
		PriorityMatrix m = new PriorityMatrix(cells);
		assertThat(m.priorityOf(1, 1)).isEqualTo(1);
		assertThat(m.priorityOf(5, 5)).isEqualTo(5);
		assertThat(m.priorityOf(4, 2)).isEqualTo(3);
		assertThat(m.priorityOf(5, 1)).isEqualTo(3);
		assertThat(m.maxImpact()).isEqualTo(5);
		assertThatThrownBy(() -> m.priorityOf(6, 1)).isInstanceOf(FieldRuleException.class);
	}

	@Test
	void ticketNumbersCarryTheTypePrefixAndSixDigits() {
		assertThat(TicketType.INCIDENT.number(123)).isEqualTo("INC-000123");
		assertThat(TicketType.SERVICE_REQUEST.number(124)).isEqualTo("REQ-000124");
	}

}
