package org.socle.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessScopeTests {

	private static AccessScope scope(AccessScope.Grant... grants) {
		return new AccessScope(1L, 1L, List.of(grants));
	}

	@Test
	void anAccountWithoutGrantSeesNothing() {
		AccessScope none = scope();
		assertThat(none.isGroupWide()).isFalse();
		assertThat(none.visibleEstablishmentIds()).isEmpty();
		assertThat(none.canSee(1L)).isFalse();
	}

	@Test
	void aGroupGrantSeesEveryEstablishmentButOnlyAdministersWithTheAdministratorRole() {
		AccessScope staff = scope(new AccessScope.Grant(Role.STAFF, ScopeKind.GROUP, null, null));
		assertThat(staff.canSee(42L)).isTrue();
		assertThat(staff.hasRole(Role.ADMINISTRATOR, 42L)).isFalse();
		assertThat(staff.hasRole(Role.STAFF, 42L)).isTrue();
	}

	@Test
	void anEstablishmentGrantReachesThatEstablishmentOnly() {
		AccessScope admin = scope(new AccessScope.Grant(Role.ADMINISTRATOR, ScopeKind.ESTABLISHMENT, 7L, null));
		assertThat(admin.canSee(7L)).isTrue();
		assertThat(admin.canSee(8L)).isFalse();
		assertThat(admin.hasRole(Role.ADMINISTRATOR, 7L)).isTrue();
		assertThat(admin.hasRole(Role.ADMINISTRATOR, 8L)).isFalse();
		assertThat(admin.hasGroupRole(Role.ADMINISTRATOR)).isFalse();
	}

	@Test
	void aTeamGrantSeesTheTeamsEstablishmentAndHoldsItsRoleForThatTeamOnly() {
		AccessScope lead = scope(new AccessScope.Grant(Role.TEAM_LEAD, ScopeKind.TEAM, 7L, 3L));
		assertThat(lead.canSee(7L)).isTrue();
		assertThat(lead.hasTeamRole(Role.TEAM_LEAD, 3L, 7L)).isTrue();
		assertThat(lead.hasTeamRole(Role.TEAM_LEAD, 4L, 7L)).isFalse();
		assertThat(lead.hasRole(Role.TEAM_LEAD, 7L)).isFalse();
	}

	@Test
	void grantsAddUp() {
		AccessScope both = scope(new AccessScope.Grant(Role.STAFF, ScopeKind.ESTABLISHMENT, 1L, null),
				new AccessScope.Grant(Role.AGENT, ScopeKind.TEAM, 2L, 9L));
		assertThat(both.visibleEstablishmentIds()).containsExactlyInAnyOrder(1L, 2L);
	}

}
