package org.socle.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.directory.AccessScope.Grant;

import static org.assertj.core.api.Assertions.assertThat;

class AccessScopeTests {

	private static final long ESTABLISHMENT = 10L;

	private static final long TEAM = 100L;

	private static final long OTHER_TEAM = 200L;

	@Test
	void aTeamGrantReachesItsTeamButNotTheOtherTeamsOfTheEstablishment() {
		AccessScope scope = new AccessScope(1L, 1L,
				List.of(new Grant(Role.TEAM_LEAD, ScopeKind.TEAM, ESTABLISHMENT, TEAM)));
		assertThat(scope.hasTeamRole(Role.TEAM_LEAD, TEAM, ESTABLISHMENT)).isTrue();
		assertThat(scope.hasTeamRole(Role.TEAM_LEAD, OTHER_TEAM, ESTABLISHMENT)).isFalse();
		assertThat(scope.hasRole(Role.TEAM_LEAD, ESTABLISHMENT)).isFalse();
		assertThat(scope.canSee(ESTABLISHMENT)).isTrue();
	}

	@Test
	void anEstablishmentGrantReachesEveryTeamOfItsEstablishmentOnly() {
		AccessScope scope = new AccessScope(1L, 1L,
				List.of(new Grant(Role.TEAM_LEAD, ScopeKind.ESTABLISHMENT, ESTABLISHMENT, null)));
		assertThat(scope.hasRole(Role.TEAM_LEAD, ESTABLISHMENT)).isTrue();
		assertThat(scope.hasTeamRole(Role.TEAM_LEAD, OTHER_TEAM, ESTABLISHMENT)).isTrue();
		assertThat(scope.hasTeamRole(Role.TEAM_LEAD, TEAM, ESTABLISHMENT + 1)).isFalse();
		assertThat(scope.hasRole(Role.ADMINISTRATOR, ESTABLISHMENT)).isFalse();
	}

	@Test
	void aGroupGrantReachesEveryEstablishment() {
		AccessScope scope = new AccessScope(1L, 1L,
				List.of(new Grant(Role.ADMINISTRATOR, ScopeKind.GROUP, null, null)));
		assertThat(scope.hasRole(Role.ADMINISTRATOR, ESTABLISHMENT)).isTrue();
		assertThat(scope.hasTeamRole(Role.ADMINISTRATOR, TEAM, ESTABLISHMENT)).isTrue();
	}

}
