package io.connectdesk.approval;

import java.time.Instant;

/** @param onBehalfOf the approver the decider substituted for; {@code null} when they decided for themselves */
public record DecisionView(String decidedBy, String onBehalfOf, Verdict verdict, String comment, Instant at) {
}
