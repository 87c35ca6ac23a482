package io.connectdesk.provisioning;

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

	private static final String TOPIC_PREFIX = "provisioning-";

	/** The external-task topic of an adapter kind: {@code provisioning-git-repository}. */
	public static String topicOf(String adapterKind) {
		return TOPIC_PREFIX + adapterKind;
	}

	private Provisioning() {
	}

}
