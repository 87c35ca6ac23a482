package io.connectdesk.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.connectdesk.billing.Inventory;
import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.filing.FilingPreviews;
import io.connectdesk.identity.Accounts;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.RequestedItem;
import io.connectdesk.ticket.TicketType;

/**
 * Server time of a cost preview for a customer with 500 inventory items: the same call
 * {@code POST /api/v1/cost-preview} makes (request rules, inventory, catalog prices, rate), in the
 * application's JVM, one caller at a time. Settings: bench.previewItems (500), bench.previewCalls
 * (1000 measured after as many warm-up calls). Target: p99 at most 20 ms.
 */
public final class CostPreviewBench {

	static final double TARGET_P99_MILLIS = 20;

	private static final List<String> COMPONENTS = List.of("source-repository", "widget-pipeline",
			"microservice-pipeline", "container-service", "api-gateway", "waf", "tls-certificate", "vpn-link",
			"log-management", "monitoring", "alerts", "database");

	private CostPreviewBench() {
	}

	public static void main(String[] args) throws Exception {
		int items = Integer.getInteger("bench.previewItems", 500);
		int calls = Integer.getInteger("bench.previewCalls", 1000);
		try (BenchApp app = BenchApp.start(Path.of(System.getProperty("bench.dataDir", "target/bench-data")), 1)) {
			Long customer = app.bean(Customers.class).customerNamed("Bench Corp").orElseThrow();
			Caller caller = app.bean(Accounts.class).ensure(new Accounts.NewAccount("preview@bench.example",
					"Preview Bench", app.password(), customer, Set.of(Role.REQUESTER), Locale.ENGLISH));
			Inventory inventory = app.bean(Inventory.class);
			LocalDate since = LocalDate.now().minusMonths(1);
			for (int i = 0; i < items; i++) {
				boolean production = i % 2 == 0;
				inventory.add(customer, COMPONENTS.get(i % COMPONENTS.size()), production ? "production" : "pre-production",
						production ? EnvironmentKind.PRODUCTION : EnvironmentKind.PRE_PRODUCTION, "REQ-1", "{}", since);
			}
			FilingPreviews previews = app.bean(FilingPreviews.class);
			FileTicket request = new FileTicket(TicketType.COMPONENT_ACTIVATION, "Bench", "Bench", null, null,
					List.of(new RequestedItem("database", List.of("production", "pre-production"),
							Map.of("engine", "postgresql", "storageGb", 50))),
					null, null, false);
			for (int i = 0; i < calls; i++) {
				previews.preview(request, caller);
			}
			long[] nanos = new long[calls];
			for (int i = 0; i < calls; i++) {
				long start = System.nanoTime();
				previews.preview(request, caller);
				nanos[i] = System.nanoTime() - start;
			}
			java.util.Arrays.sort(nanos);
			double p50 = Result.percentile(nanos, 50) / 1e6;
			double p99 = Result.percentile(nanos, 99) / 1e6;
			System.out.printf("cost preview, %d inventory items, %d calls: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
					items, calls, p50, p99, nanos[calls - 1] / 1e6);
			System.out.printf("cost preview p99 ms <= %.0f   %.2f   %s%n", TARGET_P99_MILLIS, p99,
					p99 <= TARGET_P99_MILLIS ? "PASS" : "MISS");
			BenchFigures.of("cost-preview").atMost("cost preview p99, " + items + " inventory items", p99, "ms",
					TARGET_P99_MILLIS);
		}
	}

}
