package org.socle.inventory.notice;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.directory.DirectoryApi;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety notices: listed and read by their readers, recorded, edited, matched and closed
 * by those who handle them ({@link NoticeAccess}).
 */
@Service
public class SafetyNotices {

	private final SafetyNoticeRepository notices;

	private final NoticeCriterionRepository criteria;

	private final NoticeAccess access;

	private final NoticeMatcher matcher;

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	SafetyNotices(SafetyNoticeRepository notices, NoticeCriterionRepository criteria, NoticeAccess access,
			NoticeMatcher matcher, DirectoryApi directory, JdbcClient jdbc, Clock clock) {
		this.notices = notices;
		this.criteria = criteria;
		this.access = access;
		this.matcher = matcher;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The notices the account reads, open ones first, newest first. */
	@Transactional(readOnly = true)
	public List<NoticeRow> list(NoticeStatus status) {
		Map<String, Object> params = new HashMap<>();
		String where = this.access.readableWhere(params);
		params.put("status", (status != null) ? status.name() : null);
		return this.jdbc.sql("""
				select n.id, n.source, n.reference, n.title, n.received_on, n.action_due_on, n.status,
				 (select count(*) from inv_affected_asset f where f.notice_id = n.id and f.in_scope
				  and f.confirmation <> 'REJECTED') as affected,
				 (select count(*) from inv_affected_asset f where f.notice_id = n.id and f.in_scope
				  and f.confirmation <> 'REJECTED' and f.confirmation <> 'PENDING'
				  and f.action_status in ('CHECKED', 'CORRECTED', 'RETURNED', 'NOT_AFFECTED')) as resolved
				from inv_safety_notice n
				where (cast(:status as varchar) is null or n.status = :status) and %s
				order by n.status desc, n.received_on desc, n.id desc""".formatted(where))
			.params(params)
			.query(NoticeRow.class)
			.list();
	}

	/** A notice the account reads: 404 out of sight, 403 when only seen. */
	@Transactional(readOnly = true)
	public SafetyNotice get(Long id) {
		return this.access.readable(find(id));
	}

	@Transactional(readOnly = true)
	public boolean handles(SafetyNotice notice) {
		return this.access.handles(notice);
	}

	/** Whether the account records notices somewhere (the "new" button). */
	@Transactional(readOnly = true)
	public boolean recordsSomewhere() {
		return this.access.handles(true, List.of())
				|| this.directory.establishments().stream().anyMatch(e -> this.access.handlesFor(e.id()));
	}

	/**
	 * A new notice's form: followed by the account's person when they are a
	 * correspondent.
	 */
	@Transactional(readOnly = true)
	public NoticeForm newForm() {
		NoticeForm form = new NoticeForm();
		form.setCorrespondentPersonId(this.access.correspondentPerson());
		return form;
	}

	@Transactional
	public SafetyNotice create(NoticeForm form) {
		this.access.checkCreates(form.isGroupWide(), form.getEstablishmentIds());
		check(form);
		return this.notices.saveAndFlush(new SafetyNotice(form));
	}

	@Transactional
	public SafetyNotice update(Long id, NoticeForm form) {
		SafetyNotice notice = this.access.handled(find(id));
		notice.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		open(notice);
		this.access.checkCreates(form.isGroupWide(), form.getEstablishmentIds());
		check(form);
		notice.update(form);
		return this.notices.saveAndFlush(notice);
	}

	/**
	 * Closes the notice with a note. Refused while affected assets remain unresolved,
	 * unless forced: the note then says why, and the notice keeps that it was forced.
	 */
	@Transactional
	public SafetyNotice close(Long id, Long version, String note, boolean force) {
		SafetyNotice notice = this.access.handled(find(id));
		notice.checkVersion((version != null) ? version : -1);
		open(notice);
		if (note == null || note.isBlank()) {
			throw FieldRuleException.invalid("note", "NotBlank");
		}
		if (note.length() > 2000) {
			throw FieldRuleException.invalid("note", "Size", 1, 2000);
		}
		long unresolved = unresolved(id);
		if (unresolved > 0 && !force) {
			throw FieldRuleException.invalid("force", "NoticeUnresolved", unresolved);
		}
		notice.close(note.strip(), unresolved > 0, this.clock.instant());
		return this.notices.saveAndFlush(notice);
	}

	/** The notice's criteria. */
	@Transactional(readOnly = true)
	public List<NoticeCriterion> criteria(Long noticeId) {
		get(noticeId);
		return this.criteria.findByNoticeIdOrderByKindAscIdAsc(noticeId);
	}

	/** Adds criteria to the scope, all or none. */
	@Transactional
	public List<NoticeCriterion> addCriteria(Long noticeId, List<CriterionForm> forms) {
		SafetyNotice notice = open(this.access.handled(find(noticeId)));
		if (forms.isEmpty()) {
			throw FieldRuleException.invalid("value", "NotBlank");
		}
		return forms.stream()
			.map(form -> this.criteria.save(CriterionRules.criterion(notice.getId(), form, this.jdbc)))
			.toList();
	}

	@Transactional
	public void removeCriterion(Long noticeId, Long criterionId) {
		open(this.access.handled(find(noticeId)));
		NoticeCriterion criterion = this.criteria.findById(criterionId)
			.filter(c -> c.getNoticeId().equals(noticeId))
			.orElseThrow(() -> new RecordNotFoundException("NoticeCriterion", criterionId));
		this.criteria.delete(criterion);
	}

	/** Matches the notice against the whole register (see {@link NoticeMatcher}). */
	@Transactional
	public NoticeMatcher.MatchResult match(Long noticeId) {
		open(this.access.handled(find(noticeId)));
		return this.matcher.match(noticeId);
	}

	/** Reads a pasted or scanned GS1 UDI string. */
	public Gs1Udi parseUdi(String text) {
		try {
			return Gs1Parser.parse(text, Year.now(this.clock).getValue());
		}
		catch (Gs1ParseException ex) {
			throw FieldRuleException.invalid("udi", ex.getRule(), ex.getArguments());
		}
	}

	long unresolved(Long noticeId) {
		return this.jdbc
			.sql("""
					select count(*) from inv_affected_asset where notice_id = :id and in_scope and confirmation <> 'REJECTED'
					 and (confirmation = 'PENDING' or action_status in ('TO_CHECK', 'QUARANTINED'))""")
			.param("id", noticeId)
			.query(Long.class)
			.single();
	}

	SafetyNotice find(Long id) {
		return this.notices.findById(id).orElseThrow(() -> new RecordNotFoundException("SafetyNotice", id));
	}

	private static SafetyNotice open(SafetyNotice notice) {
		if (!notice.isOpen()) {
			throw FieldRuleException.invalid("status", "NoticeClosed");
		}
		return notice;
	}

	private void check(NoticeForm form) {
		if (!form.isGroupWide() && form.getEstablishmentIds().isEmpty()) {
			throw FieldRuleException.invalid("establishmentIds", "NoticeNoEstablishment");
		}
		if (form.getManufacturerId() != null && this.jdbc.sql("select count(*) from inv_manufacturer where id = :id")
			.param("id", form.getManufacturerId())
			.query(Long.class)
			.single() == 0) {
			throw FieldRuleException.invalid("manufacturerId", "NoticeUnknownManufacturer", form.getManufacturerId());
		}
		if (form.getCorrespondentPersonId() != null
				&& this.directory.person(form.getCorrespondentPersonId()).isEmpty()) {
			throw FieldRuleException.invalid("correspondentPersonId", "NoticeUnknownPerson",
					form.getCorrespondentPersonId());
		}
		if (form.getActionDueOn() != null && form.getActionDueOn().isBefore(form.getReceivedOn())) {
			throw FieldRuleException.invalid("actionDueOn", "NoticeDueBeforeReceived");
		}
	}

	/** A notice in a list, with its affected assets counted (all establishments). */
	public record NoticeRow(Long id, NoticeSource source, String reference, String title,
			java.time.LocalDate receivedOn, java.time.LocalDate actionDueOn, NoticeStatus status, long affected,
			long resolved) {

		public int percentDone() {
			return (this.affected == 0) ? 0 : (int) (100 * this.resolved / this.affected);
		}

	}

}
