package org.socle.directory.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@Query("select t from ApiToken t join fetch t.account a join fetch a.person where t.tokenDigest = ?1")
	Optional<ApiToken> findByDigest(String digest);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);

}
