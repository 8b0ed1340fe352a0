package org.socle.servicedesk.queue;

import java.time.Clock;
import java.util.List;

import org.socle.directory.CurrentAccess;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in account's saved queue views: names unique per account (any case); another
 * account's views do not exist for it (404).
 */
@Service
class SavedFilterService {

	static final int NAME_MAX = 100;

	private final SavedFilterRepository filters;

	private final CurrentAccess access;

	private final Clock clock;

	SavedFilterService(SavedFilterRepository filters, CurrentAccess access, Clock clock) {
		this.filters = filters;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SavedFilter> mine() {
		return this.filters.findByOwnerAccountIdOrderByNameAsc(me());
	}

	/**
	 * @param query the queue's query string, already kept to the queue's parameters
	 */
	@Transactional
	public SavedFilter save(String name, String query) {
		Long me = me();
		if (name == null || name.isBlank()) {
			throw FieldRuleException.invalid("name", "NotBlank");
		}
		String stripped = name.strip();
		if (stripped.length() > NAME_MAX) {
			throw FieldRuleException.invalid("name", "SavedFilterNameLength", NAME_MAX);
		}
		if (this.filters.existsByOwnerAccountIdAndNameIgnoreCase(me, stripped)) {
			throw FieldRuleException.duplicate("name", stripped);
		}
		try {
			return this.filters.saveAndFlush(new SavedFilter(me, stripped, query, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw FieldRuleException.duplicate("name", stripped);
		}
	}

	@Transactional
	public void delete(Long id) {
		this.filters.delete(this.filters.findByIdAndOwnerAccountId(id, me())
			.orElseThrow(() -> new RecordNotFoundException("SavedFilter", id)));
	}

	private Long me() {
		Long account = this.access.scope().accountId();
		if (account == null) {
			throw new AccessDeniedException("Saved filters belong to a signed-in account");
		}
		return account;
	}

}
