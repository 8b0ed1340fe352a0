package org.socle.servicedesk.catalogue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;

/**
 * A service of the catalogue: what an owner team offers to establishments (and, when
 * given, to some of their departments), the services it relies on, and where it stands.
 * Directory rows are held by id. Its changes are kept (Envers).
 */
@Entity
@Table(name = "sd_service")
@Audited
public class ServiceOffering extends AuditedEntity {

	private Long ownerTeamId;

	private String nameFr;

	private String nameEn;

	@Column(columnDefinition = "text")
	private String description;

	@Enumerated(EnumType.STRING)
	private ServiceStatus status;

	private Integer priorityHint;

	private String retireReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sd_service_customer", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "establishment_id")
	private Set<Long> customerIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sd_service_customer_department", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "department_id")
	private Set<Long> departmentIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sd_service_support", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "supporting_id")
	private Set<Long> supportingIds = new HashSet<>();

	protected ServiceOffering() {
	}

	ServiceOffering(ServiceForm form) {
		update(form);
	}

	void update(ServiceForm form) {
		this.ownerTeamId = form.getOwnerTeamId();
		this.nameFr = form.getNameFr().strip();
		this.nameEn = form.getNameEn().strip();
		this.description = blankToNull(form.getDescription());
		this.status = form.getStatus();
		this.priorityHint = form.getPriorityHint();
		this.customerIds.clear();
		this.customerIds.addAll(form.getCustomerIds());
		this.departmentIds.clear();
		this.departmentIds.addAll(form.getDepartmentIds());
		this.supportingIds.clear();
		this.supportingIds.addAll(form.getSupportingIds());
		if (this.status != ServiceStatus.RETIRED) {
			this.retireReason = null;
		}
	}

	void retire(String reason) {
		this.status = ServiceStatus.RETIRED;
		this.retireReason = reason;
	}

	/** The name in the reader's language (French unless English). */
	public String name(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.nameEn : this.nameFr;
	}

	/** Whether staff of the establishment may ask for it on the portal now. */
	public boolean isOfferedTo(Long establishmentId) {
		return this.status == ServiceStatus.LIVE && this.customerIds.contains(establishmentId);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getOwnerTeamId() {
		return this.ownerTeamId;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getDescription() {
		return this.description;
	}

	public ServiceStatus getStatus() {
		return this.status;
	}

	public Integer getPriorityHint() {
		return this.priorityHint;
	}

	public String getRetireReason() {
		return this.retireReason;
	}

	public Set<Long> getCustomerIds() {
		return Set.copyOf(this.customerIds);
	}

	public Set<Long> getDepartmentIds() {
		return Set.copyOf(this.departmentIds);
	}

	public Set<Long> getSupportingIds() {
		return Set.copyOf(this.supportingIds);
	}

}
