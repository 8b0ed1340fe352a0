package org.socle.servicedesk.mail.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMailboxRepository extends JpaRepository<TeamMailbox, Long> {

	Optional<TeamMailbox> findByTeamId(Long teamId);

	List<TeamMailbox> findByTeamIdIn(Collection<Long> teamIds);

	List<TeamMailbox> findByEnabledTrueOrderById();

}
