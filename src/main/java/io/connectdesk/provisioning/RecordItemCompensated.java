package io.connectdesk.provisioning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Ends {@code Task_UndoItem} and {@code Task_UndoManually}: the item is undone. */
@Component("recordItemCompensated")
class RecordItemCompensated implements ExecutionListener {

	private final ItemRecorder recorder;

	RecordItemCompensated(ItemRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (!execution.isCanceled()) {
			this.recorder.compensated(Provisioning.UNDONE_ITEM_ID.get(execution));
		}
	}

}
