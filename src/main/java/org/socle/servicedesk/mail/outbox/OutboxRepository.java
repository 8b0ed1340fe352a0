package org.socle.servicedesk.mail.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

	/**
	 * The next mail due, locked until the end of the transaction; rows another node has
	 * locked are skipped, so two runs never send the same mail.
	 */
	@Query(value = "select * from sd_mail_outbox where status = 'QUEUED' and next_attempt_at <= ?1"
			+ " order by next_attempt_at, id limit 1 for update skip locked", nativeQuery = true)
	Optional<OutboxMail> claimNextDue(Instant now);

	List<OutboxMail> findByTicketIdOrderById(Long ticketId);

	/**
	 * The ticket of the mail we sent with this Message-ID (mails about no ticket, such as
	 * approval requests, name none).
	 */
	@Query("select m.ticketId from OutboxMail m where m.messageId in ?1 and m.ticketId is not null order by m.id desc")
	List<Long> ticketsOfMessageIds(List<String> messageIds);

}
