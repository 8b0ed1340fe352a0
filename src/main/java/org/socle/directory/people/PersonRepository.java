package org.socle.directory.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	/** Whether some person of the group has this e-mail, ignoring case. */
	@Query("select count(p) > 0 from Person p where lower(p.email) = lower(:email)")
	boolean existsByEmail(@Param("email") String email);

	/**
	 * The people not archived who have this e-mail, ignoring case (at most one, as a
	 * rule).
	 */
	@Query("select p from Person p where lower(p.email) = lower(:email) and p.archived = false order by p.id")
	List<Person> findActiveByEmail(@Param("email") String email);

	/** Whether some other person of the group has this e-mail, ignoring case. */
	@Query("select count(p) > 0 from Person p where lower(p.email) = lower(:email) and p.id <> :id")
	boolean existsByEmailForOther(@Param("email") String email, @Param("id") Long id);

	/** How many people not archived belong to these establishments. */
	@Query("select count(p) from Person p where p.archived = false and p.establishment.id in :ids")
	long countActiveIn(@Param("ids") Collection<Long> establishmentIds);

}
