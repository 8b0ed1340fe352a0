package org.socle.inventory.workorder;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SocleIntegrationTest
class WorkOrderOpenerTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	WorkOrderOpener opener;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWorkOrderOpensForTheAssetsTeamWithTheNextNumber() {
		Establishment establishment = this.fixtures.establishment();
		Team team = this.fixtures.team(establishment, TeamKind.BIOMEDICAL);
		long category = this.inventory.category("MEDICAL_DEVICE", "MAINTENANCE_MANDATORY");
		long asset = this.inventory.asset(establishment, team, category, null, "SN-0042");

		WorkOrderRef first = this.opener.open(new NewWorkOrder(WorkOrderType.PREVENTIVE, asset, null,
				"Maintenance annuelle", LocalDate.of(2026, 12, 1), null));
		WorkOrderRef second = this.opener
			.open(new NewWorkOrder(WorkOrderType.CORRECTIVE, asset, null, "Panne", null, 17L));

		assertThat(first.number()).matches("OT-\\d{6,}");
		assertThat(Long.parseLong(second.number().substring(3)))
			.isGreaterThan(Long.parseLong(first.number().substring(3)));
		assertThat(this.jdbc.sql("select team_id from inv_work_order where id = :id")
			.param("id", first.id())
			.query(Long.class)
			.single()).isEqualTo(team.getId());
		assertThat(this.jdbc.sql("select status from inv_work_order where id = :id")
			.param("id", second.id())
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

}
