package org.socle.directory.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	@Query("select a from UserAccount a join fetch a.person where lower(a.login) = lower(?1)")
	Optional<UserAccount> findByLogin(String login);

	boolean existsByLoginIgnoreCase(String login);

	Optional<UserAccount> findByPersonId(Long personId);

	List<UserAccount> findByPersonIdIn(Collection<Long> personIds);

	// Sign-in bookkeeping is written by bulk updates: it must neither bump the account's
	// version (an
	// administrator's edit in progress would become stale) nor count as a change of the
	// account.

	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update UserAccount a set a.failedAttempts = 0, a.lockedUntil = null, a.lastSignInAt = ?2 where lower(a.login) = lower(?1)")
	int recordSignIn(String login, Instant at);

	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update UserAccount a set a.failedAttempts = a.failedAttempts + 1 where lower(a.login) = lower(?1)")
	int countFailedSignIn(String login);

	@Query("select a.failedAttempts from UserAccount a where lower(a.login) = lower(?1)")
	Optional<Integer> failedAttempts(String login);

	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update UserAccount a set a.failedAttempts = 0, a.lockedUntil = ?2 where lower(a.login) = lower(?1)")
	int lock(String login, Instant until);

	boolean existsByIdAndEnabledTrue(Long id);

}
