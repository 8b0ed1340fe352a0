package org.socle.inventory.notice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeCriterionRepository extends JpaRepository<NoticeCriterion, Long> {

	List<NoticeCriterion> findByNoticeIdOrderByKindAscIdAsc(Long noticeId);

}
