package io.connectdesk.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** A file as it arrived (an upload, a mail's part), before any check. */
public record IncomingFile(String filename, byte[] content) {

	public long size() {
		return this.content.length;
	}

	/** The files of a form or request; a file input left empty sends one nameless, empty part, which is no file. */
	public static List<IncomingFile> fromUploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())))
			.map(IncomingFile::read)
			.toList();
	}

	private static IncomingFile read(MultipartFile file) {
		try {
			return new IncomingFile(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
