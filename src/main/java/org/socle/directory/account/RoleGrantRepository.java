package org.socle.directory.account;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

	@Query("""
			select g from RoleGrant g
			left join fetch g.establishment
			left join fetch g.team t left join fetch t.establishment
			where g.account.id = ?1 order by g.id""")
	List<RoleGrant> findByAccountId(Long accountId);

}
