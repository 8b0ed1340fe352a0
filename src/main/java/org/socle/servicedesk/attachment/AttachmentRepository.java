package org.socle.servicedesk.attachment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

	List<Attachment> findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(Long ticketId);

	Optional<Attachment> findByIdAndTicketId(Long id, Long ticketId);

}
