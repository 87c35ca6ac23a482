package io.connectdesk.sla;

import java.util.List;

/** The report's shares: a target is measured once settled or breached, and met when settled by its due time. */
final class ReportArithmetic {

	private ReportArithmetic() {
	}

	static TargetShare share(List<ServiceLevelClock> clocks, ServiceLevelTarget target) {
		int measured = 0;
		int met = 0;
		for (ServiceLevelClock clock : clocks) {
			boolean settled = (target == ServiceLevelTarget.FIRST_RESPONSE ? clock.getRespondedAt() : clock.getResolvedAt()) != null;
			boolean breached = clock.isBreached(target) || clock.settledLate(target);
			if (settled || breached) {
				measured++;
				if (!breached) {
					met++;
				}
			}
		}
		return TargetShare.of(measured, met);
	}

}
