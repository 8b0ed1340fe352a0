package org.socle.directory.team;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TeamMemberRepository extends JpaRepository<TeamMember, Long>, JpaSpecificationExecutor<TeamMember> {

	boolean existsByTeamIdAndPersonId(Long teamId, Long personId);

	long countByTeamId(Long teamId);

	/** A team's members with their person and establishment, by name. */
	@Query("select m from TeamMember m join fetch m.person p join fetch p.establishment"
			+ " where m.team.id = :teamId order by lower(p.lastName), lower(p.firstName), m.id")
	List<TeamMember> findMembersOf(Long teamId);

	/** How many members each of the given teams has: rows of (team id, count). */
	@Query("select m.team.id, count(m) from TeamMember m where m.team.id in :teamIds group by m.team.id")
	List<Object[]> countByTeamIds(Collection<Long> teamIds);

}
