package io.connectdesk.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** What one {@link LoadRun} measured: calls per second and latency percentiles. */
record Result(String name, int threads, long calls, long errors, double perSecond, double p50Millis,
		double p99Millis, double maxMillis, double cpuMillisPerCall, List<String> errorSamples) {

	static Result of(String name, int threads, long elapsedNanos, long cpuNanos, Collection<LoadRun.Latencies> recorded,
			Collection<String> exceptions) {
		int total = recorded.stream().mapToInt(l -> l.size).sum();
		long[] all = new long[total];
		int at = 0;
		long failed = 0;
		for (LoadRun.Latencies latencies : recorded) {
			System.arraycopy(latencies.values, 0, all, at, latencies.size);
			at += latencies.size;
			failed += latencies.failed;
		}
		Arrays.sort(all);
		double perSecond = total * 1e9 / elapsedNanos;
		List<String> samples = exceptions.stream().limit(5).toList();
		return new Result(name, threads, total, failed, perSecond, millis(percentile(all, 50)),
				millis(percentile(all, 99)), millis(total == 0 ? 0 : all[total - 1]),
				total == 0 ? 0 : cpuNanos / 1e6 / total, samples);
	}

	/** Nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	String line() {
		return String.format("%-22s %3d %10.1f %9.2f %9.2f %9.2f %9.2f %8d %7d", this.name, this.threads,
				this.perSecond, this.p50Millis, this.p99Millis, this.maxMillis, this.cpuMillisPerCall, this.calls,
				this.errors);
	}

	static String header() {
		return String.format("%-22s %3s %10s %9s %9s %9s %9s %8s %7s", "phase", "thr", "per s", "p50 ms", "p99 ms",
				"max ms", "cpu ms/op", "calls", "errors");
	}

}
