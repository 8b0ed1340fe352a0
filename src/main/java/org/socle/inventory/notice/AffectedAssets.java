package org.socle.inventory.notice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetReaders;
import org.socle.inventory.workorder.NewWorkOrder;
import org.socle.inventory.workorder.WorkOrderOpener;
import org.socle.inventory.workorder.WorkOrderRef;
import org.socle.inventory.workorder.WorkOrderType;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assets a notice found: listed to those who read them, confirmed or rejected when
 * uncertain, their action recorded with its evidence, a work order opened where work is
 * needed, and the notice's completion per establishment.
 */
@Service
public class AffectedAssets {

	private static final String ROWS = """
			select f.id, f.notice_id, f.asset_id, a.inventory_number,
			 coalesce(a.name, m.commercial_name, c.name) as label, a.serial_number, a.lot_number, a.status as asset_status,
			 a.establishment_id, f.matched_by, f.matched_criterion, f.matched_value, f.product_match, f.doubt,
			 f.confirmation, f.confirmation_note, f.in_scope, f.action_status, f.action_note, f.action_by, f.action_at,
			 f.work_order_id, w.number as work_order_number, f.version
			from inv_affected_asset f join inv_asset a on a.id = f.asset_id
			 join inv_category c on c.id = a.category_id left join inv_model m on m.id = a.model_id
			 left join inv_work_order w on w.id = f.work_order_id
			""";

	private final AffectedAssetRepository affected;

	private final SafetyNotices notices;

	private final NoticeAccess access;

	private final InventoryApi inventory;

	private final WorkOrderOpener workOrders;

	private final JdbcClient jdbc;

	private final Clock clock;

	AffectedAssets(AffectedAssetRepository affected, SafetyNotices notices, NoticeAccess access, InventoryApi inventory,
			WorkOrderOpener workOrders, JdbcClient jdbc, Clock clock) {
		this.affected = affected;
		this.notices = notices;
		this.access = access;
		this.inventory = inventory;
		this.workOrders = workOrders;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The notice's affected assets that the account reads, uncertain ones first, then by
	 * inventory number; narrowed to those still to do when asked.
	 */
	@Transactional(readOnly = true)
	public List<AffectedRow> of(Long noticeId, boolean onlyToDo) {
		this.notices.get(noticeId);
		AssetReaders readers = this.access.readers();
		String toDo = onlyToDo ? " and f.in_scope and f.confirmation <> 'REJECTED' and (f.confirmation = 'PENDING'"
				+ " or f.action_status in ('TO_CHECK', 'QUARANTINED'))" : "";
		return this.jdbc
			.sql(ROWS + " where f.notice_id = :notice and " + readers.where("a") + toDo
					+ " order by f.in_scope desc, f.confirmation = 'PENDING' desc, a.inventory_number")
			.params(readers.params())
			.param("notice", noticeId)
			.query(AffectedRow.class)
			.list();
	}

	/** The notices that found the asset, for its page: the account must read it. */
	@Transactional(readOnly = true)
	public List<AssetNoticeRow> ofAsset(AssetRef asset) {
		return this.jdbc.sql("""
				select n.id as notice_id, n.reference, n.title, n.status as notice_status, n.action_due_on,
				 f.action_status, f.confirmation, f.in_scope
				from inv_affected_asset f join inv_safety_notice n on n.id = f.notice_id
				where f.asset_id = :asset order by n.status desc, n.received_on desc""")
			.param("asset", asset.id())
			.query(AssetNoticeRow.class)
			.list();
	}

	/** Confirms an uncertain match, or rejects it with a reason. */
	@Transactional
	public AffectedAsset decide(Long noticeId, Long id, Long version, boolean confirmed, String note) {
		AffectedAsset row = actedOn(noticeId, id, version);
		if (row.getConfirmation() == Confirmation.NOT_NEEDED) {
			throw FieldRuleException.invalid("confirmed", "NoticeMatchCertain");
		}
		String reason = checkNote(note, !confirmed, 1000);
		row.decide(confirmed, reason, CurrentUsername.get(), this.clock.instant());
		return this.affected.saveAndFlush(row);
	}

	/**
	 * Records where the action on the asset stands, with its evidence; opens a work order
	 * (type SAFETY_NOTICE_ACTION, due on the notice's deadline) when asked and none is
	 * open for it yet.
	 */
	@Transactional
	public AffectedAsset act(Long noticeId, Long id, ActionUpdate update) {
		AffectedAsset row = actedOn(noticeId, id, update.version());
		if (update.status() == null) {
			throw FieldRuleException.invalid("status", "NoticeRequired");
		}
		if (update.status() != ActionStatus.TO_CHECK && row.getConfirmation() == Confirmation.PENDING) {
			throw FieldRuleException.invalid("status", "NoticeConfirmFirst");
		}
		String note = checkNote(update.note(), update.status() == ActionStatus.NOT_AFFECTED, 2000);
		row.act(update.status(), note, CurrentUsername.get(), this.clock.instant());
		if (update.opensWorkOrder() && row.getWorkOrderId() == null) {
			SafetyNotice notice = this.notices.find(noticeId);
			WorkOrderRef order = this.workOrders.open(new NewWorkOrder(WorkOrderType.SAFETY_NOTICE_ACTION,
					row.getAssetId(), null, workOrderTitle(notice), notice.getActionDueOn(), null));
			row.workOrder(order.id());
		}
		return this.affected.saveAndFlush(row);
	}

	/**
	 * Completion per establishment, for the establishments whose assets the account
	 * reads; the others' counts are added up in one row without a name (establishment
	 * null).
	 */
	@Transactional(readOnly = true)
	public List<CompletionRow> completion(Long noticeId) {
		this.notices.get(noticeId);
		AssetReaders readers = this.access.readers();
		List<CompletionRow> rows = this.jdbc
			.sql("""
					select case when %s then a.establishment_id end as establishment_id, count(*) as total,
					 count(*) filter (where f.confirmation = 'PENDING') as to_confirm,
					 count(*) filter (where f.action_status = 'TO_CHECK') as to_check,
					 count(*) filter (where f.action_status = 'CHECKED') as checked,
					 count(*) filter (where f.action_status = 'QUARANTINED') as quarantined,
					 count(*) filter (where f.action_status = 'CORRECTED') as corrected,
					 count(*) filter (where f.action_status = 'RETURNED') as returned,
					 count(*) filter (where f.action_status = 'NOT_AFFECTED') as not_affected,
					 count(*) filter (where f.confirmation <> 'PENDING'
					  and f.action_status in ('CHECKED', 'CORRECTED', 'RETURNED', 'NOT_AFFECTED')) as resolved,
					 100 * count(*) filter (where f.confirmation <> 'PENDING'
					  and f.action_status in ('CHECKED', 'CORRECTED', 'RETURNED', 'NOT_AFFECTED')) / count(*) as percent_done
					from inv_affected_asset f join inv_asset a on a.id = f.asset_id
					where f.notice_id = :notice and f.in_scope and f.confirmation <> 'REJECTED'
					group by 1 order by 1 nulls last"""
				.formatted(readers.all() ? "true" : "a.establishment_id = any(:readerEstablishments)"))
			.params(readers.all() ? Map.of()
					: Map.of("readerEstablishments", readers.params().get("readerEstablishments")))
			.param("notice", noticeId)
			.query(CompletionRow.class)
			.list();
		return new ArrayList<>(rows);
	}

	/** The notice, for a row's fragment (read access checked by the caller). */
	SafetyNotice notice(Long noticeId) {
		return this.notices.get(noticeId);
	}

	private AffectedAsset actedOn(Long noticeId, Long id, Long version) {
		SafetyNotice notice = this.notices.get(noticeId);
		AffectedAsset row = this.affected.findByIdAndNoticeId(id, noticeId)
			.orElseThrow(() -> new RecordNotFoundException("AffectedAsset", id));
		AssetRef asset = this.inventory.asset(row.getAssetId())
			.orElseThrow(() -> new RecordNotFoundException("AffectedAsset", id));
		this.access.actsOn(asset);
		if (!notice.isOpen()) {
			throw FieldRuleException.invalid("status", "NoticeClosed");
		}
		row.checkVersion((version != null) ? version : -1);
		return row;
	}

	private static String checkNote(String note, boolean required, int max) {
		if (note == null || note.isBlank()) {
			if (required) {
				throw FieldRuleException.invalid("note", "NotBlank");
			}
			return null;
		}
		if (note.length() > max) {
			throw FieldRuleException.invalid("note", "Size", 1, max);
		}
		return note.strip();
	}

	private static String workOrderTitle(SafetyNotice notice) {
		String title = notice.getReference() + " — " + notice.getTitle();
		return (title.length() > 300) ? title.substring(0, 300) : title;
	}

	/** An action to record on an affected asset, on the version seen. */
	public record ActionUpdate(ActionStatus status, String note, Boolean openWorkOrder, Long version) {

		boolean opensWorkOrder() {
			return Boolean.TRUE.equals(this.openWorkOrder);
		}

	}

	/** An affected asset as lists show it, with why it matched. */
	public record AffectedRow(Long id, Long noticeId, Long assetId, String inventoryNumber, String label,
			String serialNumber, String lotNumber, String assetStatus, Long establishmentId, CriterionKind matchedBy,
			String matchedCriterion, String matchedValue, String productMatch, Doubt doubt, Confirmation confirmation,
			String confirmationNote, boolean inScope, ActionStatus actionStatus, String actionNote, String actionBy,
			java.time.Instant actionAt, Long workOrderId, String workOrderNumber, long version) {
	}

	/** A notice that found an asset, for the asset's page. */
	public record AssetNoticeRow(Long noticeId, String reference, String title, NoticeStatus noticeStatus,
			java.time.LocalDate actionDueOn, ActionStatus actionStatus, Confirmation confirmation, boolean inScope) {
	}

	/**
	 * How far an establishment is (establishment null: the others, added up): assets
	 * counted (still matched, not rejected), by action, and resolved.
	 */
	public record CompletionRow(Long establishmentId, long total, long toConfirm, long toCheck, long checked,
			long quarantined, long corrected, long returned, long notAffected, long resolved, int percentDone) {
	}

}
