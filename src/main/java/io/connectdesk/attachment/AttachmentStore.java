package io.connectdesk.attachment;

import java.util.Optional;

/**
 * Where the bytes of files live: the port an object store can implement later. The default,
 * {@link DatabaseAttachmentStore}, keeps them in the database, which every node of a cluster reads.
 * Writes happen inside the transaction that records the file, so a refused request stores nothing.
 */
public interface AttachmentStore {

	void put(long attachmentId, byte[] content);

	Optional<byte[]> get(long attachmentId);

}
