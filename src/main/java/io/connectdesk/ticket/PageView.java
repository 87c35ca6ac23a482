package io.connectdesk.ticket;

import java.util.List;

/** One page of a list and where it stands in the whole. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	static <T> PageView<T> of(List<T> content, int page, int size, long total) {
		return new PageView<>(content, page, size, total, size == 0 ? 0 : (int) ((total + size - 1) / size));
	}

}
