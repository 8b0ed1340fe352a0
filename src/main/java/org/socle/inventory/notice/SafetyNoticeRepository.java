package org.socle.inventory.notice;

import org.springframework.data.jpa.repository.JpaRepository;

interface SafetyNoticeRepository extends JpaRepository<SafetyNotice, Long> {

}
