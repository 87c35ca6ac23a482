package io.connectdesk.filing;

import java.util.List;

import io.connectdesk.billing.CostPreviewView;
import io.connectdesk.catalog.SizingResult;
import io.connectdesk.ticket.TicketItemView;

/**
 * What filing a request would ask for and cost, without filing it.
 * @param items one per component per environment
 * @param cost the change to the customer's monthly cost; {@code null} for staff, who have no inventory
 * @param sizing a service activation's sizing; {@code null} for other types
 */
public record RequestPreview(List<TicketItemView> items, CostPreviewView cost, SizingResult sizing) {
}
