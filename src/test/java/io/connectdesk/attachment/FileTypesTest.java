package io.connectdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The type of a file comes from its content against the allow-list; its name plays no part. */
class FileTypesTest {

	@Test
	void allowedTypesAreRecognisedByTheirContent() throws IOException {
		assertThat(FileTypes.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains("image/png");
		assertThat(FileTypes.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains("image/jpeg");
		assertThat(FileTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
		assertThat(FileTypes.detect("peer 203.0.113.7\r\nsubnets\t10.0.0.0/24 — ñ\n".getBytes(StandardCharsets.UTF_8))).contains("text/plain");
		assertThat(FileTypes.detect(zip("[Content_Types].xml", "word/document.xml"))).contains("application/vnd.openxmlformats-officedocument");
		assertThat(FileTypes.detect(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))).contains("application/x-ole-storage");
	}

	@Test
	void executablesScriptsArchivesAndUnknownBinaryAreRefused() throws IOException {
		assertThat(FileTypes.detect(bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0))).as("a Windows executable, whatever its name").isEmpty();
		assertThat(FileTypes.detect(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0))).as("an ELF executable").isEmpty();
		assertThat(FileTypes.detect("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))).as("a script").isEmpty();
		assertThat(FileTypes.detect(zip("setup.exe"))).as("a plain archive").isEmpty();
		assertThat(FileTypes.detect(bytes(0, 1, 2, 3, 0xFE, 0xFF))).as("unknown binary").isEmpty();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("x".getBytes(StandardCharsets.US_ASCII));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
