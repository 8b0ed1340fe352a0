package org.socle.inventory.mobile;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads an asset for its mobile page, by the inventory number printed on its label. */
@Component
class MobileAssets {

	private static final String SELECT = """
			select a.id, a.inventory_number, a.kind,
			 coalesce(a.name, m.commercial_name, c.name) as title, c.name as category_name,
			 mf.name as manufacturer_name, m.commercial_name as model_name, a.serial_number, a.status,
			 a.establishment_id, a.owner_team_id, a.department_id, a.location_id
			from inv_asset a join inv_category c on c.id = a.category_id
			 left join inv_model m on m.id = a.model_id left join inv_manufacturer mf on mf.id = m.manufacturer_id
			where a.inventory_number = :number
			""";

	private final JdbcClient jdbc;

	MobileAssets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Optional<MobileAsset> byNumber(String inventoryNumber) {
		return this.jdbc.sql(SELECT).param("number", inventoryNumber.strip()).query(MobileAsset.class).optional();
	}

}
