package org.socle.servicedesk.ticket;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socle.servicedesk.ticket.TicketStatus.ASSIGNED;
import static org.socle.servicedesk.ticket.TicketStatus.CANCELLED;
import static org.socle.servicedesk.ticket.TicketStatus.CLOSED;
import static org.socle.servicedesk.ticket.TicketStatus.IN_PROGRESS;
import static org.socle.servicedesk.ticket.TicketStatus.NEW;
import static org.socle.servicedesk.ticket.TicketStatus.PENDING;
import static org.socle.servicedesk.ticket.TicketStatus.RESOLVED;

/** The lifecycle, pair by pair: the legal transitions and no other. */
class TicketStatusTests {

	/**
	 * The lifecycle as the issue states it, written independently of the enum's table.
	 */
	private static final Map<TicketStatus, Set<TicketStatus>> LEGAL = Map.of(NEW, EnumSet.of(ASSIGNED, CANCELLED),
			ASSIGNED, EnumSet.of(IN_PROGRESS, RESOLVED, CANCELLED), IN_PROGRESS,
			EnumSet.of(PENDING, RESOLVED, CANCELLED), PENDING, EnumSet.of(IN_PROGRESS, RESOLVED, CANCELLED), RESOLVED,
			EnumSet.of(CLOSED, IN_PROGRESS), CLOSED, EnumSet.noneOf(TicketStatus.class), CANCELLED,
			EnumSet.noneOf(TicketStatus.class));

	@TestFactory
	Stream<DynamicTest> everyPairIsAllowedOnlyWhenTheLifecycleSaysSo() {
		List<DynamicTest> tests = new ArrayList<>();
		for (TicketStatus from : TicketStatus.values()) {
			for (TicketStatus to : TicketStatus.values()) {
				boolean legal = LEGAL.get(from).contains(to);
				tests.add(DynamicTest.dynamicTest(from + " -> " + to + (legal ? " allowed" : " refused"), () -> {
					assertThat(from.canMoveTo(to)).isEqualTo(legal);
					if (legal) {
						assertThatCode(() -> from.checkMoveTo(to)).doesNotThrowAnyException();
					}
					else {
						assertThatThrownBy(() -> from.checkMoveTo(to)).isInstanceOf(IllegalTransitionException.class);
					}
				}));
			}
		}
		assertThat(tests).hasSize(49);
		return tests.stream();
	}

	@Test
	void anIllegalTransitionIsReportedOnTheStatusFieldWithItsRule() {
		IllegalTransitionException ex = new IllegalTransitionException(CLOSED, IN_PROGRESS);
		assertThat(ex.toFieldRule().getField()).isEqualTo("status");
		assertThat(ex.toFieldRule().getRule()).isEqualTo("IllegalTransition");
		assertThat(ex.toFieldRule().getArguments()).containsExactly(CLOSED, IN_PROGRESS);
		assertThat(ex.toFieldRule().isConflict()).isFalse();
	}

	@Test
	void noTransitionLeadsToNothing() {
		for (TicketStatus from : TicketStatus.values()) {
			assertThat(from.canMoveTo(null)).isFalse();
		}
	}

	@Test
	void closedAndCancelledAreFinalAndResolvedIsNoLongerOpen() {
		assertThat(CLOSED.next()).isEmpty();
		assertThat(CANCELLED.next()).isEmpty();
		assertThat(RESOLVED.isOpen()).isFalse();
		assertThat(PENDING.isOpen()).isTrue();
	}

}
