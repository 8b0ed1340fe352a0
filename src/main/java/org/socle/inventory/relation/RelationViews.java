package org.socle.inventory.relation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socle.inventory.AssetRef;
import org.socle.inventory.ServiceNames;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An asset's live relations (both ways) and service links as its reader sees them: the
 * other end named when the reader reads it, else only counted.
 */
@Component
@Transactional(readOnly = true)
class RelationViews {

	private static final String RELATIONS = """
			select r.id, r.version, r.type, r.source_id = :id as outgoing, r.note, r.created_at, r.created_by,
			 o.id as other_id, o.inventory_number as other_number,
			 coalesce(o.name, m.commercial_name, c.name) || coalesce(' — ' || o.serial_number, '') as other_label,
			 o.kind as other_kind, o.status as other_status, o.establishment_id as other_establishment_id,
			 o.owner_team_id as other_team_id
			from inv_asset_relation r
			join inv_asset o on o.id = case when r.source_id = :id then r.target_id else r.source_id end
			join inv_category c on c.id = o.category_id left join inv_model m on m.id = o.model_id
			where r.removed_at is null and (r.source_id = :id or r.target_id = :id)
			order by outgoing desc, r.type, o.inventory_number""";

	private final JdbcClient jdbc;

	private final Relations relations;

	private final ServiceLinks links;

	private final AssetAccess access;

	private final ObjectProvider<ServiceNames> serviceNames;

	private final MessageSource messages;

	RelationViews(JdbcClient jdbc, Relations relations, ServiceLinks links, AssetAccess access,
			ObjectProvider<ServiceNames> serviceNames, MessageSource messages) {
		this.jdbc = jdbc;
		this.relations = relations;
		this.links = links;
		this.access = access;
		this.serviceNames = serviceNames;
		this.messages = messages;
	}

	AssetRelations of(long assetId, Locale locale) {
		AssetRef asset = this.relations.readable(assetId);
		boolean keepsAsset = this.access.keeps(asset);
		AssetReaders readers = this.access.readers();
		List<RelationView> shown = new ArrayList<>();
		int hidden = 0;
		for (Row row : this.jdbc.sql(RELATIONS).param("id", assetId).query(Row.class).list()) {
			if (!readers.reads(row.otherEstablishmentId(), row.otherTeamId())) {
				hidden++;
				continue;
			}
			AssetRef other = new AssetRef(row.otherId(), row.otherNumber(), row.otherLabel(), row.otherKind(),
					row.otherStatus(), row.otherEstablishmentId(), row.otherTeamId());
			boolean removable = row.outgoing() ? keepsAsset : this.access.keeps(other);
			shown.add(new RelationView(row.id(), row.version(), RelationType.valueOf(row.type()), row.outgoing(),
					row.otherId(), row.otherNumber(), row.otherLabel(), row.note(), row.createdAt().toInstant(),
					row.createdBy(), removable));
		}
		return new AssetRelations(assetId, List.copyOf(shown), hidden, services(assetId, locale), keepsAsset);
	}

	private List<ServiceLinkView> services(long assetId, Locale locale) {
		List<AssetServiceLink> links = this.links.of(assetId);
		ServiceNames names = this.serviceNames.getIfAvailable();
		Map<Long, String> named = (names != null)
				? names.names(links.stream().map(AssetServiceLink::getServiceId).toList(), locale) : Map.of();
		return links.stream()
			.map(l -> new ServiceLinkView(l.getId(), l.getVersion(), l.getServiceId(),
					named.getOrDefault(l.getServiceId(), serviceFallback(l.getServiceId(), locale)), l.getNote(),
					l.getCreatedAt(), l.getCreatedBy()))
			.toList();
	}

	String serviceFallback(long serviceId, Locale locale) {
		return this.messages.getMessage("inventory.relations.serviceFallback", new Object[] { serviceId },
				"#" + serviceId, locale);
	}

	/** The catalogue services to link to, when the service desk names them. */
	List<ServiceNames.ServiceName> serviceChoices(Locale locale) {
		ServiceNames names = this.serviceNames.getIfAvailable();
		return (names != null) ? names.choices(locale) : List.of();
	}

	/**
	 * An asset's relations and service links; {@code hidden} relations are out of scope.
	 */
	record AssetRelations(long assetId, List<RelationView> relations, int hidden, List<ServiceLinkView> services,
			boolean keeps) {
	}

	/**
	 * A live relation seen from the asset: {@code outgoing} when the asset is its source
	 * ("this asset TYPE other"), else "other TYPE this asset".
	 */
	record RelationView(long id, long version, RelationType type, boolean outgoing, long otherId, String otherNumber,
			String otherLabel, String note, Instant createdAt, String createdBy, boolean removable) {
	}

	record ServiceLinkView(long id, long version, long serviceId, String name, String note, Instant createdAt,
			String createdBy) {
	}

	record Row(long id, long version, String type, boolean outgoing, String note, OffsetDateTime createdAt,
			String createdBy, long otherId, String otherNumber, String otherLabel, String otherKind, String otherStatus,
			Long otherEstablishmentId, Long otherTeamId) {
	}

}
