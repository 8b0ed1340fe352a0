package org.socle.inventory.label;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Where an asset's mobile page is: the path inside Socle, and the absolute address that a
 * label's QR code carries. The base is {@code socle.public-url}, else the address that
 * mails link to ({@code socle.mail.base-url}).
 */
@Component
public class AssetLinks {

	private final String publicUrl;

	AssetLinks(@Value("${socle.public-url:${socle.mail.base-url:http://localhost:8080}}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The mobile page's path, e.g. {@code /m/assets/BIO-004512}. */
	public static String mobilePath(String inventoryNumber) {
		return "/m/assets/" + UriUtils.encodePathSegment(inventoryNumber, "UTF-8");
	}

	/** The mobile page's absolute address, as printed in the QR code. */
	public String mobileUrl(String inventoryNumber) {
		return this.publicUrl + mobilePath(inventoryNumber);
	}

}
