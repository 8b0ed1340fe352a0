package org.socle.directory.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	@Query("select a from UserAccount a join fetch a.person where lower(a.login) = lower(?1)")
	Optional<UserAccount> findByLogin(String login);

	boolean existsByLoginIgnoreCase(String login);

	Optional<UserAccount> findByPersonId(Long personId);

	boolean existsByIdAndEnabledTrue(Long id);

}
