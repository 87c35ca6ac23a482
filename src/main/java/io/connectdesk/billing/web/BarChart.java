package io.connectdesk.billing.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.connectdesk.billing.MonthTotal;

/**
 * The months' USD totals as bars of an inline SVG, computed on the server (no script). The page
 * shows the same figures in a table for screen readers and for reading exact values.
 */
record BarChart(int width, int height, List<Bar> bars) {

	static final int WIDTH = 720;

	static final int HEIGHT = 200;

	static final int LABEL_SPACE = 20;

	static BarChart of(List<MonthTotal> months) {
		BigDecimal max = months.stream().map(MonthTotal::usd).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		int slot = months.isEmpty() ? WIDTH : WIDTH / months.size();
		int plot = HEIGHT - LABEL_SPACE;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			MonthTotal month = months.get(i);
			int barHeight = max.signum() == 0 ? 0
					: month.usd().multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
			bars.add(new Bar(month, i * slot + 4, plot - barHeight, Math.max(slot - 8, 1), barHeight, i * slot + slot / 2,
					HEIGHT - 4));
		}
		return new BarChart(WIDTH, HEIGHT, bars);
	}

	/** One month's bar and where its label goes. */
	record Bar(MonthTotal total, int x, int y, int width, int height, int labelX, int labelY) {
	}

}
