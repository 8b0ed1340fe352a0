package org.socle.inventory.workorder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

	List<WorkOrder> findByTicketIdOrderById(Long ticketId);

}
