package org.socle.directory.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.directory.ScopeKind;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: an administrator of a person's establishment (or of the group) sees and
 * manages that person's account; other accounts do not exist for them.
 */
@Service
public class AccountService {

	private final UserAccountRepository accounts;

	private final PersonRepository people;

	private final PasswordEncoder passwords;

	private final SecurityLog log;

	private final CurrentAccess access;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PersonRepository people, PasswordEncoder passwords, SecurityLog log,
			CurrentAccess access, Clock clock) {
		this.accounts = accounts;
		this.people = people;
		this.passwords = passwords;
		this.log = log;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> list(AccountFilter filter, Pageable pageable) {
		return this.accounts.findAll(
				ScopeFilter.<UserAccount>visibleTo(administered(), r -> r.get("person").get("establishment").get("id"))
					.and(filter.toSpecification(this.clock.instant())),
				pageable);
	}

	/** An account the user manages, or "not found". */
	@Transactional(readOnly = true)
	public UserAccount get(Long id) {
		return this.accounts.findById(id)
			.filter(this::canManage)
			.orElseThrow(() -> new RecordNotFoundException("UserAccount", id));
	}

	public boolean canManage(UserAccount account) {
		return scope().hasRole(Role.ADMINISTRATOR, account.getPerson().getEstablishment().getId());
	}

	public boolean canCreate() {
		return !administered().grants().isEmpty();
	}

	public boolean isLocked(UserAccount account) {
		return account.isLockedAt(this.clock.instant());
	}

	/**
	 * People of the administered establishments who have no account yet, by name; the one
	 * already chosen first.
	 * @param including a person to keep in the list whatever the text, or null
	 */
	@Transactional(readOnly = true)
	public List<Person> candidates(String q, Long including, int limit) {
		List<Person> found = new ArrayList<>(this.people
			.findAll(candidate().and(nameContains(q)), PageRequest.of(0, limit, Sort.by("lastName", "firstName", "id")))
			.getContent());
		if (including != null && found.stream().noneMatch(p -> p.getId().equals(including))) {
			this.people.findOne(candidate().and((root, query, cb) -> cb.equal(root.get("id"), including)))
				.ifPresent(p -> found.add(0, p));
		}
		return found;
	}

	private Specification<Person> candidate() {
		Specification<Person> withoutAccount = (root, query, cb) -> {
			Subquery<Long> account = query.subquery(Long.class);
			Root<UserAccount> a = account.from(UserAccount.class);
			account.select(a.get("id")).where(cb.equal(a.get("person"), root));
			return cb.and(cb.isFalse(root.get("archived")), cb.not(cb.exists(account)));
		};
		return ScopeFilter.<Person>visibleTo(administered(), r -> r.get("establishment").get("id")).and(withoutAccount);
	}

	private static Specification<Person> nameContains(String q) {
		return (root, query, cb) -> {
			if (q == null || q.isBlank()) {
				return cb.conjunction();
			}
			String like = "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
			return cb.or(cb.like(cb.lower(root.get("lastName")), like), cb.like(cb.lower(root.get("firstName")), like));
		};
	}

	@Transactional
	public UserAccount create(AccountForm form) {
		if (!canCreate()) {
			throw new AccessDeniedException("Not an administrator of any establishment");
		}
		Person person = this.people.findById(form.getPersonId())
			.filter(p -> scope().canSee(p.getEstablishment().getId()))
			.orElseThrow(() -> new RecordNotFoundException("Person", form.getPersonId()));
		if (!scope().hasRole(Role.ADMINISTRATOR, person.getEstablishment().getId())) {
			throw new AccessDeniedException("Not an administrator of the person's establishment");
		}
		if (person.isArchived()) {
			throw FieldRuleException.invalid("personId", "AccountPersonArchived");
		}
		if (this.accounts.findByPersonId(person.getId()).isPresent()) {
			throw FieldRuleException.duplicate("personId", person.label());
		}
		String login = form.getLogin().strip();
		if (this.accounts.existsByLoginIgnoreCase(login)) {
			throw FieldRuleException.duplicate("login", login);
		}
		Passwords.check("password", form.getPassword(), login);
		UserAccount account = new UserAccount(person, login, this.passwords.encode(form.getPassword()));
		account.setLocale(form.getLocale());
		account.setEnabled(form.isEnabled());
		return this.accounts.saveAndFlush(account);
	}

	@Transactional
	public UserAccount update(Long id, AccountEditForm form) {
		UserAccount account = get(id);
		account.checkVersion(form.getVersion());
		checkNotDisablingSelf(account, form.getEnabled());
		account.setLocale(form.getLocale());
		account.setEnabled(form.getEnabled());
		return this.accounts.saveAndFlush(account);
	}

	@Transactional
	public UserAccount setEnabled(Long id, long version, boolean enabled) {
		UserAccount account = get(id);
		account.checkVersion(version);
		checkNotDisablingSelf(account, enabled);
		account.setEnabled(enabled);
		return this.accounts.saveAndFlush(account);
	}

	@Transactional
	public UserAccount unlock(Long id) {
		UserAccount account = get(id);
		boolean wasLocked = isLocked(account);
		account.unlock();
		this.accounts.saveAndFlush(account);
		if (wasLocked) {
			this.log.record(SecurityEvent.Type.ACCOUNT_UNLOCKED, account.getLogin(), null);
		}
		return account;
	}

	/** An administrator sets a new password (the user forgot theirs). */
	@Transactional
	public UserAccount resetPassword(Long id, String password) {
		UserAccount account = get(id);
		Passwords.check("password", password, account.getLogin());
		account.setPasswordHash(this.passwords.encode(password));
		this.accounts.saveAndFlush(account);
		this.log.record(SecurityEvent.Type.PASSWORD_CHANGED, account.getLogin(), "reset");
		return account;
	}

	private void checkNotDisablingSelf(UserAccount account, boolean enabled) {
		if (!enabled && account.getId().equals(scope().accountId())) {
			throw FieldRuleException.invalid("enabled", "AccountCannotDisableSelf");
		}
	}

	/**
	 * The part of the user's scope where they administer accounts: their group or
	 * establishment ADMINISTRATOR grants.
	 */
	AccessScope administered() {
		AccessScope scope = scope();
		return new AccessScope(scope.accountId(), scope.personId(),
				scope.grants()
					.stream()
					.filter(g -> g.role() == Role.ADMINISTRATOR && g.scopeKind() != ScopeKind.TEAM)
					.toList());
	}

	private AccessScope scope() {
		return this.access.scope();
	}

}
