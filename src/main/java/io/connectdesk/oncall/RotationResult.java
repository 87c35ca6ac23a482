package io.connectdesk.oncall;

import java.time.Instant;
import java.util.List;

/**
 * What generating a rotation did.
 * @param created shifts made
 * @param kept shifts in the range left as they were: begun already, or overridden
 * @param gaps the range's uncovered stretches afterwards (none unless a kept shift leaves one)
 */
public record RotationResult(Instant from, Instant to, int created, int kept, List<Gap> gaps) {
}
