package io.connectdesk.provisioning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvisioningItemRepository extends JpaRepository<ProvisioningItem, Long> {

	List<ProvisioningItem> findByTicketIdOrderByIdAsc(String ticketId);

	List<ProvisioningItem> findByTicketIdAndOperationOrderByIdAsc(String ticketId, Operation operation);

	List<ProvisioningItem> findByStatusInOrderByUpdatedAtDesc(Collection<ItemStatus> statuses);

	List<ProvisioningItem> findByCustomerIdAndStatusAndOperationIn(Long customerId, ItemStatus status,
			Collection<Operation> operations);

}
