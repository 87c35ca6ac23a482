package io.connectdesk.provisioning;

import io.connectdesk.workflow.ProcessVariable;

/** Ids in {@code processes/provisioning.bpmn} that the code needs, and its variables. */
public final class Provisioning {

	public static final String PROCESS_KEY = "Provisioning";

	public static final String TASK_LOAD_ITEMS = "Task_LoadItems";

	public static final String SUBPROCESS_ITEM = "SubProcess_Item";

	public static final String TASK_PREPARE_ITEM = "Task_PrepareItem";

	public static final String TASK_PROVISION_ITEM = "Task_ProvisionItem";

	public static final String TASK_MANUAL_CHECKLIST = "Task_ManualChecklist";

	public static final String TASK_RECORD_ITEM = "Task_RecordItem";

	public static final String TASK_UNDO_ITEM = "Task_UndoItem";

	public static final String TASK_UNDO_MANUALLY = "Task_UndoManually";

	public static final String EVENT_CANCEL_REQUESTED = "Event_CancelRequested";

	public static final String EVENT_ITEM_STOPPED = "Event_ItemStopped";

	public static final String EVENT_COMPENSATE_ITEMS = "Event_CompensateItems";

	public static final String TASK_RECORD_CANCELLED = "Task_RecordCancelled";

	public static final String EVENT_ITEMS_PROVISIONED = "Event_ItemsProvisioned";

	public static final String EVENT_PROVISIONING_CANCELLED = "Event_ProvisioningCancelled";

	/** The name of {@code Message_ProvisioningCancelled}. */
	public static final String MESSAGE_CANCELLED = "ProvisioningCancelled";

	/** Candidate group of the checklist tasks. */
	public static final String SRE_GROUP = "SRE";

	/** In: {@link Operation} name. */
	public static final String VAR_OPERATION = "operation";

	/** Set {@code true} by the cancel message: read by {@code Gateway_Cancelled}. */
	public static final String VAR_CANCELLED = "cancelled";

	/** Transient: the ids of the items to work, the multi-instance collection. */
	public static final String VAR_ITEMS = "items";

	/** The element variable: one item's id. */
	public static final String VAR_ITEM_ID = "itemId";

	/** Local to an item: the external-task topic of its adapter kind. */
	public static final String VAR_ADAPTER_TOPIC = "adapterTopic";

	/** Local to an item: {@code true} when an SRE does it by hand (a checklist task). */
	public static final String VAR_MANUAL = "manualItem";

	/** Local to an undo task: the item it undoes, as its end listener reads it. */
	public static final String VAR_UNDONE_ITEM_ID = "undoneItemId";

	public static final String VAR_TICKET_ID = "ticketId";

	public static final String VAR_CUSTOMER_ID = "customerId";

	public static final String VAR_CUSTOMER = "customer";

	public static final String VAR_COMPONENT = "componentKey";

	public static final String VAR_ENVIRONMENT = "environmentKey";

	/** The item's request parameters, as a JSON object, so that a remote worker needs no database. */
	public static final String VAR_PARAMETERS = "itemParameters";

	/** What the adapter left behind, as a JSON object of strings; written by the worker. */
	public static final String VAR_OUTPUTS = "itemOutputs";

	/** Which attempt succeeded, 1 for the first; written by the worker. */
	public static final String VAR_ATTEMPT = "itemAttempt";

	/** Lifecycle side: whether {@code Task_Provision} runs. */
	public static final String VAR_NEEDS_PROVISIONING = "needsProvisioning";

	/** Lifecycle side: the {@link Operation} passed to the call activity. */
	public static final String VAR_PROVISIONING_OPERATION = "provisioningOperation";

	public static final ProcessVariable<Operation> OPERATION = ProcessVariable.ofEnum(VAR_OPERATION, Operation.class);

	public static final ProcessVariable<Boolean> CANCELLED = ProcessVariable.ofBoolean(VAR_CANCELLED);

	/** Transient (see {@link ProcessVariable#setTransient}): never stored. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static final ProcessVariable<java.util.List<Long>> ITEMS = (ProcessVariable) ProcessVariable.of(VAR_ITEMS,
			java.util.List.class);

	public static final ProcessVariable<Long> ITEM_ID = ProcessVariable.ofLong(VAR_ITEM_ID);

	public static final ProcessVariable<String> ADAPTER_TOPIC = ProcessVariable.ofString(VAR_ADAPTER_TOPIC);

	public static final ProcessVariable<Boolean> MANUAL = ProcessVariable.ofBoolean(VAR_MANUAL);

	public static final ProcessVariable<Long> UNDONE_ITEM_ID = ProcessVariable.ofLong(VAR_UNDONE_ITEM_ID);

	public static final ProcessVariable<String> TICKET_ID = ProcessVariable.ofString(VAR_TICKET_ID);

	public static final ProcessVariable<Long> CUSTOMER_ID = ProcessVariable.ofLong(VAR_CUSTOMER_ID);

	public static final ProcessVariable<String> CUSTOMER = ProcessVariable.ofString(VAR_CUSTOMER);

	public static final ProcessVariable<String> COMPONENT = ProcessVariable.ofString(VAR_COMPONENT);

	public static final ProcessVariable<String> ENVIRONMENT = ProcessVariable.ofString(VAR_ENVIRONMENT);

	public static final ProcessVariable<String> PARAMETERS = ProcessVariable.ofString(VAR_PARAMETERS);

	public static final ProcessVariable<String> OUTPUTS = ProcessVariable.ofString(VAR_OUTPUTS);

	public static final ProcessVariable<Integer> ATTEMPT = ProcessVariable.ofInteger(VAR_ATTEMPT);

	public static final ProcessVariable<Boolean> NEEDS_PROVISIONING = ProcessVariable.ofBoolean(VAR_NEEDS_PROVISIONING);

	public static final ProcessVariable<Operation> PROVISIONING_OPERATION = ProcessVariable
		.ofEnum(VAR_PROVISIONING_OPERATION, Operation.class);

	private static final String TOPIC_PREFIX = "provisioning-";

	/** The external-task topic of an adapter kind: {@code provisioning-git-repository}. */
	public static String topicOf(String adapterKind) {
		return TOPIC_PREFIX + adapterKind;
	}

	private Provisioning() {
	}

}
