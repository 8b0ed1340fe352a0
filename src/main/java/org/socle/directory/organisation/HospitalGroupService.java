package org.socle.directory.organisation;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hospital group, the single row an installation serves: every account with a role
 * sees it; a group-wide administrator edits it.
 */
@Service
public class HospitalGroupService {

	private final HospitalGroupRepository groups;

	private final CurrentAccess access;

	HospitalGroupService(HospitalGroupRepository groups, CurrentAccess access) {
		this.groups = groups;
		this.access = access;
	}

	/**
	 * The group, or "not found" for an account without any role (default deny) or before
	 * the group is set up.
	 */
	@Transactional(readOnly = true)
	public HospitalGroup get() {
		if (scope().grants().isEmpty()) {
			throw new RecordNotFoundException("HospitalGroup", "group");
		}
		return this.groups.findAll(Sort.by("id"))
			.stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("HospitalGroup", "group"));
	}

	public boolean canEdit() {
		return scope().hasGroupRole(Role.ADMINISTRATOR);
	}

	@Transactional
	public HospitalGroup update(HospitalGroupForm form) {
		HospitalGroup group = get();
		if (!canEdit()) {
			throw new AccessDeniedException("Only a group administrator edits the hospital group");
		}
		group.checkVersion(form.getVersion());
		form.applyTo(group);
		return this.groups.saveAndFlush(group);
	}

	private AccessScope scope() {
		return this.access.scope();
	}

}
