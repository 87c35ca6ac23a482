package io.connectdesk.incident;

/**
 * A way to reach a paged engineer (the port): e-mail through the notice outbox, an outbound
 * webhook. Each page goes to every channel; a channel writes in the caller's transaction (an outbox)
 * and delivers after it commits, retrying on its own.
 */
public interface PagingChannel {

	void page(Page page);

}
