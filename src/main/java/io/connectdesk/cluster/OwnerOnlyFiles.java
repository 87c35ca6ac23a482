package io.connectdesk.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Files only the account the service runs as may read (keys), where the file system has permissions. */
final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		Files.deleteIfExists(partial);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(partial, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
		Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
	}

}
