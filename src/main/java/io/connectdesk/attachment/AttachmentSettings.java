package io.connectdesk.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code connectdesk.attachments}: the limits a file, a ticket and a request must keep.
 * Spring's multipart limits ({@code spring.servlet.multipart}) should not be lower.
 */
@ConfigurationProperties("connectdesk.attachments")
record AttachmentSettings(@DefaultValue("25MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxTicketSize,
		@DefaultValue("20") int maxFilesPerRequest) {
}
