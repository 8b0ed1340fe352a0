package org.socle.inventory.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A safety notice as its correspondent writes it, in a page or through the API. */
public class NoticeForm {

	@NotNull
	private NoticeSource source = NoticeSource.MANUFACTURER_FSN;

	@NotBlank
	@Size(max = 100)
	private String reference;

	@NotBlank
	@Size(max = 300)
	private String title;

	/** The manufacturer of the register, when known. */
	private Long manufacturerId;

	/** The manufacturer as the notice names it, when not in the register. */
	@Size(max = 200)
	private String manufacturerName;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@NotBlank
	@Size(max = 20000)
	private String requiredAction;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actionDueOn;

	/** The whole group handles it; otherwise the establishments listed. */
	private boolean groupWide;

	private List<Long> establishmentIds = new ArrayList<>();

	/** Who follows it (a person), usually the correspondent of the establishment. */
	private Long correspondentPersonId;

	/** The version an edit is based on; ignored on creation. */
	private Long version;

	static NoticeForm of(SafetyNotice notice) {
		NoticeForm form = new NoticeForm();
		form.source = notice.getSource();
		form.reference = notice.getReference();
		form.title = notice.getTitle();
		form.manufacturerId = notice.getManufacturerId();
		form.manufacturerName = notice.getManufacturerName();
		form.receivedOn = notice.getReceivedOn();
		form.requiredAction = notice.getRequiredAction();
		form.actionDueOn = notice.getActionDueOn();
		form.groupWide = notice.isGroupWide();
		form.establishmentIds = new ArrayList<>(notice.getEstablishmentIds());
		form.correspondentPersonId = notice.getCorrespondentPersonId();
		form.version = notice.getVersion();
		return form;
	}

	public NoticeSource getSource() {
		return this.source;
	}

	public void setSource(NoticeSource source) {
		this.source = source;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getManufacturerId() {
		return this.manufacturerId;
	}

	public void setManufacturerId(Long manufacturerId) {
		this.manufacturerId = manufacturerId;
	}

	public String getManufacturerName() {
		return this.manufacturerName;
	}

	public void setManufacturerName(String manufacturerName) {
		this.manufacturerName = manufacturerName;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getRequiredAction() {
		return this.requiredAction;
	}

	public void setRequiredAction(String requiredAction) {
		this.requiredAction = requiredAction;
	}

	public LocalDate getActionDueOn() {
		return this.actionDueOn;
	}

	public void setActionDueOn(LocalDate actionDueOn) {
		this.actionDueOn = actionDueOn;
	}

	public boolean isGroupWide() {
		return this.groupWide;
	}

	public void setGroupWide(boolean groupWide) {
		this.groupWide = groupWide;
	}

	public List<Long> getEstablishmentIds() {
		return this.establishmentIds;
	}

	public void setEstablishmentIds(List<Long> establishmentIds) {
		this.establishmentIds = (establishmentIds != null)
				? new ArrayList<>(establishmentIds.stream().filter(Objects::nonNull).distinct().toList())
				: new ArrayList<>();
	}

	public Long getCorrespondentPersonId() {
		return this.correspondentPersonId;
	}

	public void setCorrespondentPersonId(Long correspondentPersonId) {
		this.correspondentPersonId = correspondentPersonId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
