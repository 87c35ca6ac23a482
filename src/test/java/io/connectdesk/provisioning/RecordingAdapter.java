package io.connectdesk.provisioning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A fault-injection test adapter that remembers every call and what exists, idempotent on the request's key
 * like a real one; it can be slowed down, made to fail a number of times, or to fail until switched off.
 * It takes precedence over the real adapter of its kind: the first adapter of a kind in Spring order wins
 * ({@link AdapterCalls}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordingAdapter implements ProvisioningAdapter {

	private final String kind;

	final List<String> calls = new CopyOnWriteArrayList<>();

	/** Calls as they begin, before any delay: the adapter is at work on these. */
	final List<String> begun = new CopyOnWriteArrayList<>();

	final Map<String, Map<String, String>> existing = new ConcurrentHashMap<>();

	private volatile int failuresLeft;

	private volatile boolean failing;

	private volatile Duration delay = Duration.ZERO;

	RecordingAdapter(String kind) {
		this.kind = kind;
	}

	/** The next {@code times} calls fail. */
	RecordingAdapter failTimes(int times) {
		this.failuresLeft = times;
		return this;
	}

	/** Every call fails until {@link #repair()}. */
	RecordingAdapter breakDown() {
		this.failing = true;
		return this;
	}

	void repair() {
		this.failing = false;
	}

	RecordingAdapter slow(Duration delay) {
		this.delay = delay;
		return this;
	}

	void reset() {
		this.calls.clear();
		this.begun.clear();
		this.existing.clear();
		this.failuresLeft = 0;
		this.failing = false;
		this.delay = Duration.ZERO;
	}

	@Override
	public String kind() {
		return this.kind;
	}

	@Override
	public ProvisioningResult provision(ProvisioningRequest request) {
		call("provision", request);
		Map<String, String> before = this.existing.get(request.key());
		if (before != null) {
			return new ProvisioningResult(before, false);
		}
		Map<String, String> outputs = Map.of("url", "https://" + request.customer() + ".example/" + request.componentKey()
				+ "/" + request.environmentKey());
		this.existing.put(request.key(), outputs);
		return new ProvisioningResult(outputs, true);
	}

	@Override
	public ProvisioningResult change(ProvisioningRequest request) {
		call("change", request);
		Map<String, String> outputs = Map.of("url", "https://" + request.customer() + ".example/" + request.componentKey()
				+ "/" + request.environmentKey(), "revision", request.ticketId());
		this.existing.put(request.key(), outputs);
		return new ProvisioningResult(outputs, true);
	}

	@Override
	public void deprovision(ProvisioningRequest request) {
		call("deprovision", request);
		this.existing.remove(request.key());
	}

	@Override
	public boolean verify(ProvisioningRequest request) {
		return this.existing.containsKey(request.key());
	}

	/** How many times {@code provision} created something for that key: exactly once, however often it was called. */
	long provisionCalls(String key) {
		return this.calls.stream().filter(call -> call.equals("provision " + key)).count();
	}

	private void call(String operation, ProvisioningRequest request) {
		this.begun.add(operation + " " + request.key());
		if (!this.delay.isZero()) {
			try {
				Thread.sleep(this.delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.failing) {
			throw new IllegalStateException("The " + this.kind + " backend is down (test switch)");
		}
		if (this.failuresLeft > 0) {
			this.failuresLeft--;
			throw new IllegalStateException("The " + this.kind + " backend timed out (test fault)");
		}
		this.calls.add(operation + " " + request.key());
	}

}
