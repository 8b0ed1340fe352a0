package org.socle.inventory.notice;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socle.directory.AccessScope;
import org.socle.directory.AccessScope.Grant;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;
import org.socle.inventory.AssetRef;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads and who handles safety notices.
 * <ul>
 * <li>Read: workers (any role but staff) who read the assets of an establishment that
 * handles the notice, or of an establishment where it found an asset; every worker for a
 * group-wide notice. The matériovigilance correspondent or deputy of an establishment,
 * who may hold no working role (a pharmacist), reads as a worker of that establishment
 * here: its notices, the devices they found there and their completion. Affected assets
 * are listed only to those who read them ({@link #readers()}): the others get
 * counts.</li>
 * <li>Handle (record, edit the scope, match, close) for an establishment: its
 * administrators and quality managers, the leads of teams that keep medical devices there
 * (team leads over the establishment too), and its matériovigilance correspondent or
 * deputy; for a group-wide notice, group administrators and group quality managers.</li>
 * <li>Act on an affected asset (confirm or reject its match, record the action, open a
 * work order): whoever keeps the asset, or handles notices for its establishment.</li>
 * </ul>
 * Out of sight is "not found"; seen but not allowed is "forbidden".
 */
@Component
class NoticeAccess {

	private final CurrentAccess access;

	private final AssetAccess assets;

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	NoticeAccess(CurrentAccess access, AssetAccess assets, DirectoryApi directory, JdbcClient jdbc) {
		this.access = access;
		this.assets = assets;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/**
	 * Who reads which affected assets: the inventory's readers, and the correspondents of
	 * the establishments they are named for.
	 */
	AssetReaders readers() {
		AssetReaders readers = this.assets.readers();
		List<Long> named = correspondentOf(this.access.scope());
		if (readers.all() || named.isEmpty()) {
			return readers;
		}
		Set<Long> establishments = new HashSet<>(readers.establishmentIds());
		establishments.addAll(named);
		return new AssetReaders(false, Set.copyOf(establishments), readers.teamIds());
	}

	/** A condition on notice alias {@code n} for the current reader, with params. */
	String readableWhere(Map<String, Object> params) {
		AssetReaders readers = readers();
		if (readers.all()) {
			return "true";
		}
		params.putAll(readers.params());
		params.put("worker", !readers.establishmentIds().isEmpty() || !readers.teamIds().isEmpty());
		return "((n.group_wide and :worker) or exists (select 1 from inv_safety_notice_establishment ne"
				+ " where ne.notice_id = n.id and ne.establishment_id = any(:readerEstablishments))"
				+ " or exists (select 1 from inv_affected_asset f join inv_asset a on a.id = f.asset_id"
				+ " where f.notice_id = n.id and " + readers.where("a") + "))";
	}

	boolean reads(SafetyNotice notice) {
		Map<String, Object> params = new HashMap<>();
		String where = readableWhere(params);
		return this.jdbc.sql("select count(*) from inv_safety_notice n where n.id = :id and " + where)
			.params(params)
			.param("id", notice.getId())
			.query(Long.class)
			.single() > 0;
	}

	/** The notice if read; 403 if its establishments are in sight, 404 otherwise. */
	SafetyNotice readable(SafetyNotice notice) {
		if (!reads(notice)) {
			throw seesAny(notice) ? new AccessDeniedException("Does not read notice " + notice.getId())
					: new RecordNotFoundException("SafetyNotice", notice.getId());
		}
		return notice;
	}

	/** The notice if handled by the account: 404 out of sight, 403 otherwise. */
	SafetyNotice handled(SafetyNotice notice) {
		if (!handles(readable(notice).isGroupWide(), notice.getEstablishmentIds())) {
			throw new AccessDeniedException("Does not handle notice " + notice.getId());
		}
		return notice;
	}

	boolean handles(SafetyNotice notice) {
		return reads(notice) && handles(notice.isGroupWide(), notice.getEstablishmentIds());
	}

	/** Whether the account may record a notice for that scope. */
	boolean handles(boolean groupWide, Collection<Long> establishmentIds) {
		AccessScope scope = this.access.scope();
		if (groupWide || establishmentIds.isEmpty()) {
			return scope.hasGroupRole(Role.ADMINISTRATOR) || scope.hasGroupRole(Role.QUALITY_MANAGER);
		}
		return establishmentIds.stream().allMatch(this::handlesFor);
	}

	/** Whether the account handles notices for the establishment. */
	boolean handlesFor(Long establishmentId) {
		AccessScope scope = this.access.scope();
		return scope.hasRole(Role.ADMINISTRATOR, establishmentId)
				|| scope.hasRole(Role.QUALITY_MANAGER, establishmentId)
				|| scope.hasRole(Role.TEAM_LEAD, establishmentId) || leadsBiomedicalTeam(scope, establishmentId)
				|| isCorrespondent(scope, establishmentId);
	}

	/** Whether the account may act on the affected asset: 404 out of sight, 403 else. */
	void actsOn(AssetRef asset) {
		if (!readers().reads(asset.establishmentId(), asset.ownerTeamId())) {
			throw new RecordNotFoundException("Asset", asset.id());
		}
		if (!this.assets.keeps(asset) && !handlesFor(asset.establishmentId())) {
			throw new AccessDeniedException("Does not act on asset " + asset.id());
		}
	}

	/** Whether some establishment of the account's scope is one of the notice's. */
	boolean seesAny(SafetyNotice notice) {
		AccessScope scope = this.access.scope();
		return notice.isGroupWide() ? !scope.grants().isEmpty()
				: notice.getEstablishmentIds().stream().anyMatch(scope::canSee);
	}

	/** Refuses a creation for a scope: 404 if some establishment is out of sight. */
	void checkCreates(boolean groupWide, Collection<Long> establishmentIds) {
		AccessScope scope = this.access.scope();
		if (!groupWide && !establishmentIds.stream().allMatch(scope::canSee)) {
			throw new RecordNotFoundException("Establishment", establishmentIds);
		}
		if (!handles(groupWide, establishmentIds)) {
			throw new AccessDeniedException("Does not handle notices for " + establishmentIds);
		}
	}

	/** A lead of a biomedical team of the establishment (a grant on that team). */
	private boolean leadsBiomedicalTeam(AccessScope scope, Long establishmentId) {
		return scope.grants()
			.stream()
			.filter(g -> g.role() == Role.TEAM_LEAD && g.scopeKind() == ScopeKind.TEAM
					&& establishmentId.equals(g.establishmentId()))
			.map(Grant::teamId)
			.anyMatch(team -> this.directory.teamKind(team).filter("BIOMEDICAL"::equals).isPresent());
	}

	private boolean isCorrespondent(AccessScope scope, Long establishmentId) {
		return correspondentOf(scope).contains(establishmentId);
	}

	/**
	 * The account's person if they are a correspondent or deputy somewhere, else null.
	 */
	Long correspondentPerson() {
		AccessScope scope = this.access.scope();
		return correspondentOf(scope).isEmpty() ? null : scope.personId();
	}

	/** The establishments the account's person is correspondent or deputy of. */
	private List<Long> correspondentOf(AccessScope scope) {
		if (scope.personId() == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select establishment_id from inv_vigilance_correspondent
				 where person_id = :p or deputy_person_id = :p""")
			.param("p", scope.personId())
			.query(Long.class)
			.list();
	}

}
