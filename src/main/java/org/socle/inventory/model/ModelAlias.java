package org.socle.inventory.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Another name of a model: distributors rename products, and safety notices use their
 * names.
 */
@Entity
@Table(name = "inv_model_alias")
@Audited
public class ModelAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "model_id")
	private AssetModel model;

	private String alias;

	protected ModelAlias() {
	}

	ModelAlias(AssetModel model, String alias) {
		this.model = model;
		this.alias = alias;
	}

	public Long getId() {
		return this.id;
	}

	public String getAlias() {
		return this.alias;
	}

}
