package org.socle.servicedesk.portal;

import java.util.List;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.Role;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's topics: those offered to the signed-in person (their establishment's and
 * the group's), and their management by administrators (group-wide topics by group
 * administrators, an establishment's by its administrators).
 */
@Service
public class PortalTopics {

	private final PortalTopicRepository topics;

	private final CurrentAccess access;

	private final DirectoryApi directory;

	PortalTopics(PortalTopicRepository topics, CurrentAccess access, DirectoryApi directory) {
		this.topics = topics;
		this.access = access;
		this.directory = directory;
	}

	/** What the signed-in person may pick on the portal, in order. */
	@Transactional(readOnly = true)
	public List<PortalTopic> offered() {
		Long establishmentId = this.directory.person(this.access.scope().personId())
			.map(DirectoryApi.PersonRef::establishmentId)
			.orElse(null);
		return (establishmentId == null) ? List.of() : this.topics.offeredTo(establishmentId);
	}

	/** A topic offered to the signed-in person, or the field rule "UnknownTopic". */
	@Transactional(readOnly = true)
	public PortalTopic offered(Long topicId) {
		return offered().stream()
			.filter(t -> t.getId().equals(topicId))
			.findFirst()
			.orElseThrow(() -> FieldRuleException.invalid("topicId", "UnknownTopic", topicId));
	}

	/** The topics the account may manage, archived last. */
	@Transactional(readOnly = true)
	public List<PortalTopic> manageable() {
		return this.topics.findAllByOrderByArchivedAscPositionAscIdAsc().stream().filter(this::canManage).toList();
	}

	@Transactional(readOnly = true)
	public PortalTopic get(Long id) {
		return this.topics.findById(id)
			.filter(this::canManage)
			.orElseThrow(() -> new RecordNotFoundException("PortalTopic", id));
	}

	@Transactional
	public PortalTopic create(PortalTopicForm form) {
		checkManages(form.getEstablishmentId());
		checkTeam(form);
		return this.topics.saveAndFlush(new PortalTopic(form));
	}

	@Transactional
	public PortalTopic update(Long id, PortalTopicForm form) {
		PortalTopic topic = get(id);
		topic.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		checkManages(form.getEstablishmentId());
		checkTeam(form);
		topic.update(form);
		return this.topics.saveAndFlush(topic);
	}

	@Transactional
	public PortalTopic archive(Long id, String reason) {
		PortalTopic topic = get(id);
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		topic.archive(reason.strip());
		return this.topics.saveAndFlush(topic);
	}

	/** Whether the account may create or change topics at all. */
	public boolean mayManageAny() {
		return this.access.scope().hasRoleAnywhere(Role.ADMINISTRATOR);
	}

	private boolean canManage(PortalTopic topic) {
		return manages(topic.getEstablishmentId());
	}

	private boolean manages(Long establishmentId) {
		AccessScope scope = this.access.scope();
		return (establishmentId == null) ? scope.hasGroupRole(Role.ADMINISTRATOR)
				: scope.hasRole(Role.ADMINISTRATOR, establishmentId);
	}

	private void checkManages(Long establishmentId) {
		if (!manages(establishmentId)) {
			throw new AccessDeniedException("Does not manage portal topics of " + establishmentId);
		}
	}

	private void checkTeam(PortalTopicForm form) {
		if (this.directory.team(form.getTeamId()).isEmpty()) {
			throw FieldRuleException.invalid("teamId", "UnknownTeam", form.getTeamId());
		}
		if (!form.getType().isOpenable()) {
			throw FieldRuleException.invalid("type", "TicketTypeNotOpen", form.getType());
		}
	}

}
