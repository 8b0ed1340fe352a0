package org.socle.inventory.notice;

import java.util.List;

import jakarta.validation.Valid;
import org.socle.inventory.notice.AffectedAssets.ActionUpdate;
import org.socle.inventory.notice.AffectedAssets.AffectedRow;
import org.socle.inventory.notice.AffectedAssets.CompletionRow;
import org.socle.inventory.notice.Correspondents.CorrespondentRow;
import org.socle.inventory.notice.SafetyNotices.NoticeRow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of safety notices: notices (list, read, record, edit on the version seen,
 * close), their criteria, matching, affected assets (confirm or reject, action),
 * completion per establishment, reading a GS1 UDI string; and the correspondents.
 */
@RestController
@RequestMapping("/api/v1")
class NoticeApi {

	private final SafetyNotices notices;

	private final AffectedAssets affected;

	private final Correspondents correspondents;

	NoticeApi(SafetyNotices notices, AffectedAssets affected, Correspondents correspondents) {
		this.notices = notices;
		this.affected = affected;
		this.correspondents = correspondents;
	}

	@GetMapping("/safety-notices")
	List<NoticeRow> list(@RequestParam(required = false) NoticeStatus status) {
		return this.notices.list(status);
	}

	@PostMapping("/safety-notices")
	@ResponseStatus(HttpStatus.CREATED)
	NoticeView create(@Valid @RequestBody NoticeForm form) {
		return NoticeView.of(this.notices.create(form));
	}

	@GetMapping("/safety-notices/{id}")
	NoticeView get(@PathVariable Long id) {
		return NoticeView.of(this.notices.get(id));
	}

	@PutMapping("/safety-notices/{id}")
	NoticeView update(@PathVariable Long id, @Valid @RequestBody NoticeForm form) {
		return NoticeView.of(this.notices.update(id, form));
	}

	@PostMapping("/safety-notices/{id}/close")
	NoticeView close(@PathVariable Long id, @RequestBody Closing closing) {
		return NoticeView
			.of(this.notices.close(id, closing.version(), closing.note(), Boolean.TRUE.equals(closing.force())));
	}

	@GetMapping("/safety-notices/{id}/criteria")
	List<CriterionView> criteria(@PathVariable Long id) {
		return this.notices.criteria(id).stream().map(CriterionView::of).toList();
	}

	@PostMapping("/safety-notices/{id}/criteria")
	@ResponseStatus(HttpStatus.CREATED)
	List<CriterionView> addCriteria(@PathVariable Long id, @RequestBody List<@Valid CriterionForm> criteria) {
		return this.notices.addCriteria(id, criteria).stream().map(CriterionView::of).toList();
	}

	@DeleteMapping("/safety-notices/{id}/criteria/{criterionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeCriterion(@PathVariable Long id, @PathVariable Long criterionId) {
		this.notices.removeCriterion(id, criterionId);
	}

	@PostMapping("/safety-notices/{id}/match")
	NoticeMatcher.MatchResult match(@PathVariable Long id) {
		return this.notices.match(id);
	}

	@GetMapping("/safety-notices/{id}/affected-assets")
	List<AffectedRow> affected(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean toDo) {
		return this.affected.of(id, toDo);
	}

	@PostMapping("/safety-notices/{id}/affected-assets/{affectedId}/decision")
	AffectedView decide(@PathVariable Long id, @PathVariable Long affectedId, @RequestBody Decision decision) {
		return AffectedView.of(this.affected.decide(id, affectedId, decision.version(),
				Boolean.TRUE.equals(decision.confirmed()), decision.note()));
	}

	@PostMapping("/safety-notices/{id}/affected-assets/{affectedId}/action")
	AffectedView act(@PathVariable Long id, @PathVariable Long affectedId, @RequestBody ActionUpdate update) {
		return AffectedView.of(this.affected.act(id, affectedId, update));
	}

	@GetMapping("/safety-notices/{id}/completion")
	List<CompletionRow> completion(@PathVariable Long id) {
		return this.affected.completion(id);
	}

	/** Reads a GS1 UDI string (human readable or raw) into its elements. */
	@PostMapping("/safety-notices/udi")
	Gs1Udi udi(@RequestBody UdiText text) {
		return this.notices.parseUdi(text.udi());
	}

	@GetMapping("/vigilance-correspondents")
	List<CorrespondentRow> correspondents() {
		return this.correspondents.list();
	}

	@PutMapping("/vigilance-correspondents/{establishmentId}")
	CorrespondentRow name(@PathVariable Long establishmentId, @RequestBody Naming naming) {
		return this.correspondents.name(establishmentId, naming.personId(), naming.deputyPersonId(), naming.version());
	}

	record Closing(Long version, String note, Boolean force) {
	}

	record Decision(Long version, Boolean confirmed, String note) {
	}

	record UdiText(String udi) {
	}

	record Naming(Long personId, Long deputyPersonId, Long version) {
	}

	record NoticeView(Long id, NoticeSource source, String reference, String title, Long manufacturerId,
			String manufacturerName, java.time.LocalDate receivedOn, String requiredAction,
			java.time.LocalDate actionDueOn, NoticeStatus status, String closingNote, boolean forcedClose,
			boolean groupWide, java.util.Set<Long> establishmentIds, Long correspondentPersonId,
			java.time.Instant lastMatchedAt, long version) {

		static NoticeView of(SafetyNotice n) {
			return new NoticeView(n.getId(), n.getSource(), n.getReference(), n.getTitle(), n.getManufacturerId(),
					n.getManufacturerName(), n.getReceivedOn(), n.getRequiredAction(), n.getActionDueOn(),
					n.getStatus(), n.getClosingNote(), n.isForcedClose(), n.isGroupWide(), n.getEstablishmentIds(),
					n.getCorrespondentPersonId(), n.getLastMatchedAt(), n.getVersion());
		}

	}

	record CriterionView(Long id, CriterionKind kind, Long modelId, String value, String valueTo,
			java.time.LocalDate dateFrom, java.time.LocalDate dateTo) {

		static CriterionView of(NoticeCriterion c) {
			return new CriterionView(c.getId(), c.getKind(), c.getModelId(), c.getValue(), c.getValueTo(),
					c.getDateFrom(), c.getDateTo());
		}

	}

	record AffectedView(Long id, Long assetId, Confirmation confirmation, String confirmationNote,
			ActionStatus actionStatus, String actionNote, String actionBy, java.time.Instant actionAt, Long workOrderId,
			long version) {

		static AffectedView of(AffectedAsset a) {
			return new AffectedView(a.getId(), a.getAssetId(), a.getConfirmation(), a.getConfirmationNote(),
					a.getActionStatus(), a.getActionNote(), a.getActionBy(), a.getActionAt(), a.getWorkOrderId(),
					a.getVersion());
		}

	}

}
