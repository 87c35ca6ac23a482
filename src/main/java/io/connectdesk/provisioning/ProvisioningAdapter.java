package io.connectdesk.provisioning;

/**
 * The port every provisioning backend implements, one implementation per {@link #kind() kind}. Every
 * operation is idempotent on {@link ProvisioningRequest#key()}: calling it again with the same key,
 * after a retry, a crash or a duplicate delivery, returns the result of the first call and creates
 * nothing new. A failure is thrown; the caller retries it.
 * <p>
 * Several adapters may claim one kind: the first in Spring order ({@code @Order} / {@code Ordered};
 * unordered beans come last) serves it, see {@code AdapterCalls}.
 */
public interface ProvisioningAdapter {

	/** The adapter kind the catalog names for a component, e.g. {@code git-repository}. */
	String kind();

	/** Creates the component, or returns what an earlier call with the same key created. */
	ProvisioningResult provision(ProvisioningRequest request);

	/** Applies the request's parameters to a component this adapter provisioned. */
	ProvisioningResult change(ProvisioningRequest request);

	/** Removes the component; a component that is already gone is not an error. */
	void deprovision(ProvisioningRequest request);

	/** Whether the component exists as the last result says, read back from the backend. */
	boolean verify(ProvisioningRequest request);

}
