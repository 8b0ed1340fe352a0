package org.socle.inventory.label;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code back from an image, as a phone's camera would (ZXing's reader). */
final class QrDecoder {

	private QrDecoder() {
	}

	static String decode(byte[] png) {
		try {
			return decode(ImageIO.read(new ByteArrayInputStream(png)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String decode(BufferedImage image) {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code found in the image", ex);
		}
		catch (ReaderException ex) {
			throw new AssertionError("The QR code cannot be read", ex);
		}
	}

}
