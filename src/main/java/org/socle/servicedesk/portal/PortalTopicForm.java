package org.socle.servicedesk.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.socle.servicedesk.ticket.TicketType;

/** A portal topic as an administrator writes it. */
public class PortalTopicForm {

	private Long establishmentId;

	@NotNull
	private Long teamId;

	@NotNull
	private TicketType type;

	private Long categoryId;

	@NotBlank
	@Size(max = 150)
	private String labelFr;

	@NotBlank
	@Size(max = 150)
	private String labelEn;

	@Size(max = 400)
	private String hintFr;

	@Size(max = 400)
	private String hintEn;

	/** A Bootstrap Icons name, e.g. "printer". */
	@NotBlank
	@Pattern(regexp = "[a-z0-9-]{1,40}")
	private String icon;

	@Min(0)
	@Max(10000)
	private Integer position;

	private Long version;

	static PortalTopicForm of(PortalTopic topic) {
		PortalTopicForm form = new PortalTopicForm();
		form.establishmentId = topic.getEstablishmentId();
		form.teamId = topic.getTeamId();
		form.type = topic.getType();
		form.categoryId = topic.getCategoryId();
		form.labelFr = topic.getLabelFr();
		form.labelEn = topic.getLabelEn();
		form.hintFr = topic.getHintFr();
		form.hintEn = topic.getHintEn();
		form.icon = topic.getIcon();
		form.position = topic.getPosition();
		form.version = topic.getVersion();
		return form;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public TicketType getType() {
		return this.type;
	}

	public void setType(TicketType type) {
		this.type = type;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public void setLabelFr(String labelFr) {
		this.labelFr = labelFr;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public String getHintFr() {
		return this.hintFr;
	}

	public void setHintFr(String hintFr) {
		this.hintFr = hintFr;
	}

	public String getHintEn() {
		return this.hintEn;
	}

	public void setHintEn(String hintEn) {
		this.hintEn = hintEn;
	}

	public String getIcon() {
		return this.icon;
	}

	public void setIcon(String icon) {
		this.icon = icon;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
