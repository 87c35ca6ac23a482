package io.connectdesk.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The type of a file, from its content, never its name; empty when it is not on the allow-list
 * (docs/attachments-and-search.md): images (PNG, JPEG, GIF, WebP), PDF, plain UTF-8 text (logs, CSV,
 * configuration), Office documents (Office Open XML, OpenDocument, the older OLE format). Executables,
 * scripts with an interpreter line, other archives and everything unknown are refused.
 */
final class FileTypes {

	static final String TEXT = "text/plain";

	private FileTypes() {
	}

	static Optional<String> detect(byte[] content) {
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 'G', 'I', 'F', '8')) {
			return Optional.of("image/gif");
		}
		if (startsWith(content, 'R', 'I', 'F', 'F') && content.length >= 12
				&& Arrays.equals(content, 8, 12, new byte[] { 'W', 'E', 'B', 'P' }, 0, 4)) {
			return Optional.of("image/webp");
		}
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return Optional.of("application/x-ole-storage");
		}
		if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
			return officeDocument(content);
		}
		return isPlainText(content) ? Optional.of(TEXT) : Optional.empty();
	}

	/** A ZIP is taken only when it is an Office Open XML or OpenDocument file; other archives may hide anything. */
	private static Optional<String> officeDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry = zip.getNextEntry();
			if (entry != null && entry.getName().equals("mimetype")) {
				String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
				return type.startsWith("application/vnd.oasis.opendocument.") ? Optional.of(type) : Optional.empty();
			}
			for (int seen = 0; entry != null && seen < 1000; entry = zip.getNextEntry(), seen++) {
				if (entry.getName().equals("[Content_Types].xml")) {
					return Optional.of("application/vnd.openxmlformats-officedocument");
				}
			}
			return Optional.empty();
		}
		catch (IOException | IllegalArgumentException broken) {
			return Optional.empty();
		}
	}

	/** Valid UTF-8 without control characters other than tab, line feed, form feed and carriage return. */
	private static boolean isPlainText(byte[] content) {
		if (startsWith(content, '#', '!')) {
			return false;
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7F);
		}
		catch (CharacterCodingException binary) {
			return false;
		}
	}

	private static boolean startsWith(byte[] content, int... signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
