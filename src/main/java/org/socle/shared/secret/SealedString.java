package org.socle.shared.secret;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * An entity attribute stored sealed by the {@link SecretBox}: put
 * {@code @Convert(converter = SealedString.class)} on it. Hibernate takes this converter
 * from Spring, with its box.
 */
@Component
@Converter
public class SealedString implements AttributeConverter<String, String> {

	private final SecretBox box;

	SealedString(SecretBox box) {
		this.box = box;
	}

	@Override
	public String convertToDatabaseColumn(String plain) {
		return this.box.seal(plain);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return this.box.open(stored);
	}

}
