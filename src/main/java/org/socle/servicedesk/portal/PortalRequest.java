package org.socle.servicedesk.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * What a staff member says when raising a ticket on the portal: the topic, a few words,
 * who is affected and how soon it matters (the portal turns these into impact and
 * urgency), and where.
 */
public class PortalRequest {

	@NotNull
	private Long topicId;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 20000)
	private String description;

	@NotNull
	private Affected affected = Affected.ME;

	@NotNull
	private Urgency urgency = Urgency.SOON;

	@Size(max = 200)
	private String locationNote;

	/** A photo of the problem, taken with the phone or chosen; optional. */
	private MultipartFile photo;

	/** Who the problem affects: the ITIL impact, in plain words. */
	public enum Affected {

		ME(3), SEVERAL(2), UNIT_OR_PATIENTS(1);

		private final int impact;

		Affected(int impact) {
			this.impact = impact;
		}

		public int impact() {
			return this.impact;
		}

	}

	/** How soon it matters: the ITIL urgency, in plain words. */
	public enum Urgency {

		CAN_WAIT(3), SOON(2), NOW(1);

		private final int level;

		Urgency(int level) {
			this.level = level;
		}

		public int level() {
			return this.level;
		}

	}

	public Long getTopicId() {
		return this.topicId;
	}

	public void setTopicId(Long topicId) {
		this.topicId = topicId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Affected getAffected() {
		return this.affected;
	}

	public void setAffected(Affected affected) {
		this.affected = affected;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public String getLocationNote() {
		return this.locationNote;
	}

	public void setLocationNote(String locationNote) {
		this.locationNote = locationNote;
	}

	public MultipartFile getPhoto() {
		return this.photo;
	}

	public void setPhoto(MultipartFile photo) {
		this.photo = photo;
	}

}
