package org.socle.inventory.notice;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;

/**
 * One criterion of a notice's affected scope: a model, an alias or commercial name, a
 * device identifier (GTIN), a serial, a serial range (from, to), a lot, a software
 * version or a manufacturing-date range.
 */
@Entity
@Table(name = "inv_safety_notice_criterion")
@Audited
public class NoticeCriterion extends AuditedEntity {

	private Long noticeId;

	@Enumerated(EnumType.STRING)
	private CriterionKind kind;

	private Long modelId;

	private String value;

	private String valueTo;

	private LocalDate dateFrom;

	private LocalDate dateTo;

	protected NoticeCriterion() {
	}

	NoticeCriterion(Long noticeId, CriterionKind kind, Long modelId, String value, String valueTo, LocalDate dateFrom,
			LocalDate dateTo) {
		this.noticeId = noticeId;
		this.kind = kind;
		this.modelId = modelId;
		this.value = value;
		this.valueTo = valueTo;
		this.dateFrom = dateFrom;
		this.dateTo = dateTo;
	}

	/** How the criterion reads in a list and in a match's reason ("SN100 – SN200"). */
	public String label() {
		return switch (this.kind) {
			case MODEL -> "#" + this.modelId;
			case SERIAL_RANGE -> this.value + " – " + this.valueTo;
			case MANUFACTURED_BETWEEN -> this.dateFrom + " – " + this.dateTo;
			default -> this.value;
		};
	}

	public Long getNoticeId() {
		return this.noticeId;
	}

	public CriterionKind getKind() {
		return this.kind;
	}

	public Long getModelId() {
		return this.modelId;
	}

	public String getValue() {
		return this.value;
	}

	public String getValueTo() {
		return this.valueTo;
	}

	public LocalDate getDateFrom() {
		return this.dateFrom;
	}

	public LocalDate getDateTo() {
		return this.dateTo;
	}

}
