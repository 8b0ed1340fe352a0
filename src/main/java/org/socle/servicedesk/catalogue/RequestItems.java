package org.socle.servicedesk.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.socle.directory.DirectoryApi;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request items of a service: read with the service, kept by whoever keeps it.
 */
@Service
public class RequestItems {

	static final int MAX_FIELDS = 30;

	private final RequestItemRepository items;

	private final ServiceCatalog catalog;

	private final DirectoryApi directory;

	RequestItems(RequestItemRepository items, ServiceCatalog catalog, DirectoryApi directory) {
		this.items = items;
		this.catalog = catalog;
		this.directory = directory;
	}

	/** The items of a service the account reads, archived last. */
	@Transactional(readOnly = true)
	public List<RequestItem> of(Long serviceId) {
		this.catalog.get(serviceId);
		return this.items.findByServiceIdOrderByArchivedAscPositionAscIdAsc(serviceId);
	}

	/** The active items of a service (for the portal: the service is checked there). */
	@Transactional(readOnly = true)
	List<RequestItem> activeOf(Long serviceId) {
		return this.items.findByServiceIdAndArchivedFalseOrderByPositionAscIdAsc(serviceId);
	}

	/** An active item of the service, or "not found". */
	@Transactional(readOnly = true)
	RequestItem active(Long serviceId, Long itemId) {
		return this.items.findById(itemId)
			.filter(i -> i.getServiceId().equals(serviceId) && !i.isArchived())
			.orElseThrow(() -> new RecordNotFoundException("RequestItem", itemId));
	}

	/** An item of a service the account keeps: 404 out of sight, 403 otherwise. */
	@Transactional(readOnly = true)
	public RequestItem kept(Long serviceId, Long itemId) {
		this.catalog.kept(serviceId);
		return this.items.findById(itemId)
			.filter(i -> i.getServiceId().equals(serviceId))
			.orElseThrow(() -> new RecordNotFoundException("RequestItem", itemId));
	}

	@Transactional
	public RequestItem create(Long serviceId, ItemForm form) {
		this.catalog.kept(serviceId);
		List<ItemField> fields = fieldsOf(form);
		RequestItem item = new RequestItem(serviceId);
		item.update(form, fields);
		return this.items.saveAndFlush(item);
	}

	@Transactional
	public RequestItem update(Long serviceId, Long itemId, ItemForm form) {
		RequestItem item = kept(serviceId, itemId);
		item.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		List<ItemField> fields = fieldsOf(form);
		item.update(form, fields);
		return this.items.saveAndFlush(item);
	}

	/** The item's rules: an approver for a named approval, labels and choices. */
	private List<ItemField> fieldsOf(ItemForm form) {
		if (form.getApproval() == ApprovalRule.NAMED_APPROVER
				&& this.directory.person(form.getApproverId()).isEmpty()) {
			throw FieldRuleException.invalid("approverId", "UnknownPerson", form.getApproverId());
		}
		List<ItemField> fields = new ArrayList<>();
		for (int i = 0; i < form.getFields().size(); i++) {
			ItemForm.FieldRow row = form.getFields().get(i);
			if (row.isRemove() || row.isBlank()) {
				continue;
			}
			String prefix = "fields[" + i + "].";
			if (row.getLabelFr() == null || row.getLabelFr().isBlank()) {
				throw FieldRuleException.invalid(prefix + "labelFr", "NotBlank");
			}
			if (row.getLabelEn() == null || row.getLabelEn().isBlank()) {
				throw FieldRuleException.invalid(prefix + "labelEn", "NotBlank");
			}
			FieldKind kind = (row.getKind() != null) ? row.getKind() : FieldKind.TEXT;
			List<String> options = (row.getOptions() == null) ? List.of()
					: Arrays.stream(row.getOptions().split("\\R"))
						.map(String::strip)
						.filter(o -> !o.isEmpty())
						.toList();
			if (kind == FieldKind.CHOICE && options.isEmpty()) {
				throw FieldRuleException.invalid(prefix + "options", "ItemChoiceWithoutOptions");
			}
			fields.add(
					new ItemField(kind, row.getLabelFr().strip(), row.getLabelEn().strip(), row.isRequired(), options));
		}
		if (fields.size() > MAX_FIELDS) {
			throw FieldRuleException.invalid("fields", "ItemTooManyFields", MAX_FIELDS);
		}
		return fields;
	}

}
