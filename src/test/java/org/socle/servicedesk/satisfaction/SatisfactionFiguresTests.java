package org.socle.servicedesk.satisfaction;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The satisfaction figures the reports use, on a known set of invitations. */
@SocleIntegrationTest
class SatisfactionFiguresTests {

	private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

	private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SatisfactionFigures figures;

	@Test
	void invitationsAnswersAndMeanRatingPerTeamEstablishmentAndPeriodAreExact() {
		Establishment a = this.fixtures.establishment();
		Establishment b = this.fixtures.establishment();
		Team it = this.fixtures.team(a, TeamKind.IT);
		Team biomedical = this.fixtures.team(a, TeamKind.BIOMEDICAL);
		Person requester = this.fixtures.person(a);
		Ticket ticket = this.fixtures.ticket(a, it, requester);
		SatisfactionRows rows = new SatisfactionRows(this.jdbc);
		// March, team IT of A: 4 invitations, answered 9, 6, 3; one without answer
		rows.invitation(ticket.getId(), it.getId(), a.getId(), MARCH.plusSeconds(3600), 9);
		rows.invitation(ticket.getId(), it.getId(), a.getId(), MARCH.plusSeconds(86_400 * 10), 6);
		rows.invitation(ticket.getId(), it.getId(), a.getId(), APRIL.minusSeconds(1), 3);
		rows.invitation(ticket.getId(), it.getId(), a.getId(), MARCH.plusSeconds(86_400 * 20), null);
		// March, biomedical of A: 1 answered 10
		rows.invitation(ticket.getId(), biomedical.getId(), a.getId(), MARCH.plusSeconds(7200), 10);
		// April, IT of A (outside March): 1 answered 0
		rows.invitation(ticket.getId(), it.getId(), a.getId(), APRIL, 0);
		// March, IT counted for establishment B: 1 answered 8
		rows.invitation(ticket.getId(), it.getId(), b.getId(), MARCH.plusSeconds(60), 8);

		SatisfactionFigures.Figures itInMarch = this.figures
			.of(new SatisfactionFigures.Filter(it.getId(), null, MARCH, APRIL));
		assertThat(itInMarch.invitations()).isEqualTo(5);
		assertThat(itInMarch.answers()).isEqualTo(4);
		assertThat(itInMarch.meanRating()).isEqualTo((9 + 6 + 3 + 8) / 4.0);
		assertThat(itInMarch.responseRate()).isEqualTo(0.8);

		SatisfactionFigures.Figures itOfAInMarch = this.figures
			.of(new SatisfactionFigures.Filter(it.getId(), a.getId(), MARCH, APRIL));
		assertThat(itOfAInMarch.invitations()).isEqualTo(4);
		assertThat(itOfAInMarch.answers()).isEqualTo(3);
		assertThat(itOfAInMarch.meanRating()).isEqualTo(6.0);

		SatisfactionFigures.Figures aAllTime = this.figures
			.of(new SatisfactionFigures.Filter(null, a.getId(), null, null));
		assertThat(aAllTime.invitations()).isEqualTo(6);
		assertThat(aAllTime.answers()).isEqualTo(5);
		assertThat(aAllTime.meanRating()).isEqualTo((9 + 6 + 3 + 10 + 0) / 5.0);

		SatisfactionFigures.Figures none = this.figures
			.of(new SatisfactionFigures.Filter(biomedical.getId(), null, APRIL, null));
		assertThat(none.invitations()).isZero();
		assertThat(none.meanRating()).isNull();
		assertThat(none.responseRate()).isNull();
	}

}
