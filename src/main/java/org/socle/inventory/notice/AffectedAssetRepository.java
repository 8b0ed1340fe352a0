package org.socle.inventory.notice;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AffectedAssetRepository extends JpaRepository<AffectedAsset, Long> {

	Optional<AffectedAsset> findByIdAndNoticeId(Long id, Long noticeId);

}
