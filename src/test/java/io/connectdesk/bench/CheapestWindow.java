package io.connectdesk.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * A budget test's measurement: what one operation costs by the given counters, as the cheapest of a few
 * windows of operations. A window can also hold work that is not the operation's: a cache read again after
 * {@code connectdesk.cluster.cache-ttl} (two statements every 30 seconds, seen as 24.2 statements per filing
 * instead of 24 on a slow CI machine). Such work hits one window, not all; a regression in the operation itself
 * shows in every window. (Work on other threads, which can hit every window, is left out by counting
 * {@link SqlStatementCounter#foregroundCount}.)
 */
public final class CheapestWindow {

	private static final int WINDOWS = 3;

	private CheapestWindow() {
	}

	/**
	 * @param operations how many operations one window runs; the {@code IntConsumer} gets a number unique
	 *        across windows, starting at {@code firstNumber}
	 * @return for each counter, the lowest count per operation over the windows
	 */
	public static double[] perOperation(int firstNumber, int operations, IntConsumer operation, LongSupplier... counters) {
		double[] cheapest = new double[counters.length];
		Arrays.fill(cheapest, Double.MAX_VALUE);
		long[] before = new long[counters.length];
		for (int window = 0; window < WINDOWS; window++) {
			for (int c = 0; c < counters.length; c++) {
				before[c] = counters[c].getAsLong();
			}
			for (int i = 0; i < operations; i++) {
				operation.accept(firstNumber + window * operations + i);
			}
			for (int c = 0; c < counters.length; c++) {
				cheapest[c] = Math.min(cheapest[c], (counters[c].getAsLong() - before[c]) / (double) operations);
			}
		}
		return cheapest;
	}

	/** The number after the last one {@link #perOperation} gave, for what a test does next. */
	public static int nextNumber(int firstNumber, int operations) {
		return firstNumber + WINDOWS * operations;
	}

}
