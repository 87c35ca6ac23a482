package io.connectdesk.provisioning;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.connectdesk.ConnectDeskApplication;
import io.connectdesk.approval.CostApprovals;
import io.connectdesk.approval.Decide;
import io.connectdesk.approval.Verdict;
import io.connectdesk.bench.BenchFigures;
import io.connectdesk.bench.SqlStatementCounter;
import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.filing.TicketFiling;
import io.connectdesk.identity.Accounts;
import io.connectdesk.ticket.CompleteTask;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.Outcome;
import io.connectdesk.ticket.RequestedItem;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TicketStatus;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.ticket.TicketTasks;

/**
 * Provisioning benchmark (bench/README.md, "Provisioning benchmark"): the real application (profile bench, a fresh
 * H2 file database, job executor and in-process workers on) with instant in-memory adapters. Measures, for tickets
 * with 3 catalog items in one environment, the time from the approval of their cost (fulfilment starts: the SRE has
 * accepted, the customer's approver approves) to all items done, one
 * ticket at a time (p50/p99); then items per second of the in-process workers alone: many tickets are accepted
 * and approved with the workers stopped, and timed from the workers' start to the last item done; then the same
 * end to end, with accepting and approving in the time.
 */
public final class ProvisioningBench {

	private static final List<String> COMPONENTS = List.of("source-repository", "container-service", "database");

	public static void main(String[] args) throws Exception {
		int sequential = Integer.getInteger("bench.tickets", 200);
		int burst = Integer.getInteger("bench.burst", 300);
		Path data = Path.of(System.getProperty("bench.dataDir", "target/bench-data"))
			.toAbsolutePath()
			.resolve("provisioning-" + System.currentTimeMillis());
		SpringApplication application = new SpringApplication(ConnectDeskApplication.class);
		application.setAdditionalProfiles("bench");
		application.addInitializers(context -> {
			context.getBeanFactory().registerSingleton("benchGit", new RecordingAdapter("git-repository"));
			context.getBeanFactory().registerSingleton("benchInfra", new RecordingAdapter("infra-config"));
			context.getBeanFactory().addBeanPostProcessor(new SqlStatementCounter());
		});
		try (ConfigurableApplicationContext context = application.run("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("connectdesk") + BenchDatabase.OPTIONS,
				"--connectdesk.provisioning.workers.threads=" + Integer.getInteger("bench.workers", 4),
				"--connectdesk.provisioning.secret-key=" + CrashingApp.SECRET_KEY)) { // provisioning outside local/test needs one
			ProvisioningBench bench = new ProvisioningBench(context);
			bench.run(20); // warm-up
			long[] latencies = bench.run(sequential);
			Arrays.sort(latencies);
			double workersOnly = bench.workersAlone(burst);
			double itemsPerSecond = bench.burst(burst);
			double p50 = latencies[latencies.length / 2] / 1e6;
			double p99 = latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6;
			System.out.printf(Locale.ROOT, "%nProvisioning bench: %d tickets x %d items one at a time, then %d tickets at once%n",
					sequential, COMPONENTS.size(), burst);
			System.out.printf(Locale.ROOT, "approved -> all items done p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms%n", p50, p99,
					latencies[latencies.length - 1] / 1e6);
			System.out.printf(Locale.ROOT, "items/s, workers alone, %d tickets waiting:            %8.1f%n", burst, workersOnly);
			System.out.printf(Locale.ROOT, "process CPU per item, workers alone: %.2f ms (%d cores: at most %.0f items/s)%n",
					bench.workersCpuMillisPerItem, Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().availableProcessors() * 1000 / bench.workersCpuMillisPerItem);
			System.out.printf(Locale.ROOT, "SQL statements per item, workers alone: %.1f; commits per item: %.2f%n",
					bench.workersStatementsPerItem, bench.workersCommitsPerItem);
			System.out.printf(Locale.ROOT, "items/s, end to end, %d tickets accepted and approved: %8.1f%n", burst, itemsPerSecond);
			System.out.printf(Locale.ROOT, "p50 ms <= 1000          %8.1f   %s%n", p50, p50 <= 1000 ? "PASS" : "MISS");
			System.out.printf(Locale.ROOT, "items/s >= 100          %8.1f   %s%n", workersOnly, workersOnly >= 100 ? "PASS" : "MISS");
			BenchFigures.of("provisioning")
				.atMost("approved -> all 3 items done p50", p50, "ms", 1000)
				.info("approved -> all 3 items done p99", p99, "ms")
				.atLeast("items/s, workers alone", workersOnly, "/s", 100)
				.info("process CPU per item, workers alone", bench.workersCpuMillisPerItem, "ms")
				.info("SQL statements per item, workers alone", bench.workersStatementsPerItem, "stmts")
				.info("commits per item, workers alone", bench.workersCommitsPerItem, "commits")
				.info("items/s, end to end with accepts and approvals", itemsPerSecond, "/s");
		}
	}

	private final TicketFiling filing;

	private final TicketQueries queries;

	private final TicketTasks work;

	private final ProvisioningItemRepository items;

	private final Caller requester;

	private final Caller sre;

	private final Caller approver;

	private final CostApprovals approvals;

	private final InProcessWorkers workers;

	private double workersCpuMillisPerItem;

	/** Every statement of the process while the workers alone run, less the bench's own polls. */
	private double workersStatementsPerItem;

	/** The polls of {@link #awaitAllDone}: each costs the statements and commit of one item query. */
	private long polls;

	private double workersCommitsPerItem;

	private ProvisioningBench(ConfigurableApplicationContext context) {
		this.workers = context.getBean(InProcessWorkers.class);
		this.filing = context.getBean(TicketFiling.class);
		this.queries = context.getBean(TicketQueries.class);
		this.work = context.getBean(TicketTasks.class);
		this.items = context.getBean(ProvisioningItemRepository.class);
		this.approvals = context.getBean(CostApprovals.class);
		Long customer = context.getBean(Customers.class).findOrCreate("Bench Corp").getId();
		context.getBean(Customers.class).addDomain(customer, "bench.example");
		Accounts accounts = context.getBean(Accounts.class);
		accounts.ensure(new Accounts.NewAccount("bench-requester@bench.example", "Bench Requester", "bench-" + System.nanoTime(),
				customer, Set.of(Role.REQUESTER), Locale.ENGLISH));
		accounts.ensure(new Accounts.NewAccount("bench-sre@connectdesk.example", "Bench SRE", "bench-" + System.nanoTime(), null,
				Set.of(Role.SRE), Locale.ENGLISH));
		this.requester = accounts.findByEmail("bench-requester@bench.example").orElseThrow();
		accounts.ensure(new Accounts.NewAccount("bench-approver@bench.example", "Bench Approver", "bench-" + System.nanoTime(),
				customer, Set.of(Role.APPROVER), Locale.ENGLISH));
		this.sre = accounts.findByEmail("bench-sre@connectdesk.example").orElseThrow();
		this.approver = accounts.findByEmail("bench-approver@bench.example").orElseThrow();
	}

	/**
	 * Files, accepts and approves tickets one at a time; the nanoseconds from each approval (fulfilment
	 * starts) to its items all done.
	 */
	private long[] run(int tickets) throws InterruptedException {
		long[] latencies = new long[tickets];
		for (int i = 0; i < tickets; i++) {
			String ticket = filed(i);
			accept(ticket);
			awaitApproversAsked(ticket);
			long start = System.nanoTime();
			approve(ticket);
			awaitDone(ticket);
			latencies[i] = System.nanoTime() - start;
		}
		return latencies;
	}

	/**
	 * With the in-process workers stopped, files, accepts and approves tickets, so that all their items wait as
	 * external tasks; then starts the workers: items per second from their start to the last item done.
	 */
	private double workersAlone(int tickets) throws Exception {
		this.workers.stop();
		List<String> filed = acceptedAndApproved(filed(20_000, tickets));
		long start = System.nanoTime();
		long pollStatements = SqlStatementCounter.count();
		long pollCommits = SqlStatementCounter.commits();
		this.items.findByTicketIdOrderByIdAsc(filed.get(0));
		pollStatements = SqlStatementCounter.count() - pollStatements;
		pollCommits = SqlStatementCounter.commits() - pollCommits;
		this.polls = 0;
		long cpuStart = processCpuNanos();
		long statements = SqlStatementCounter.count();
		long commits = SqlStatementCounter.commits();
		this.workers.start();
		awaitAllDone(filed);
		double seconds = (System.nanoTime() - start) / 1e9;
		int items = tickets * COMPONENTS.size();
		this.workersCpuMillisPerItem = (processCpuNanos() - cpuStart) / 1e6 / items;
		this.workersStatementsPerItem = (SqlStatementCounter.count() - statements - this.polls * pollStatements) / (double) items;
		this.workersCommitsPerItem = (SqlStatementCounter.commits() - commits - this.polls * pollCommits) / (double) items;
		return tickets * COMPONENTS.size() / seconds;
	}

	/** Files tickets, accepts and approves them all from 4 threads, and waits for every item: items per second. */
	private double burst(int tickets) throws Exception {
		List<String> filed = filed(10_000, tickets);
		long start = System.nanoTime();
		acceptedAndApproved(filed);
		awaitAllDone(filed);
		return tickets * COMPONENTS.size() / ((System.nanoTime() - start) / 1e9);
	}

	private List<String> filed(int from, int tickets) {
		List<String> filed = new ArrayList<>();
		for (int i = 0; i < tickets; i++) {
			filed.add(filed(from + i));
		}
		return filed;
	}

	/** Accepts and approves the tickets from 4 threads, as SREs and approvers at work. */
	private List<String> acceptedAndApproved(List<String> tickets) throws Exception {
		ExecutorService people = Executors.newFixedThreadPool(4);
		List<Future<?>> accepted = new ArrayList<>();
		tickets.forEach(ticket -> accepted.add(people.submit(() -> {
			accept(ticket);
			awaitApproversAsked(ticket);
			approve(ticket);
			return null;
		})));
		for (Future<?> done : accepted) {
			done.get();
		}
		people.shutdown();
		return tickets;
	}

	private String filed(int index) {
		List<RequestedItem> items = COMPONENTS.stream()
			.map(component -> new RequestedItem(component, List.of("production"), ProvisioningTestSupport.parametersOf(component)))
			.toList();
		return this.filing.file(new FileTicket(TicketType.COMPONENT_ACTIVATION, "Bench ticket " + index, "Bench.", null, null,
				items, null, List.of(), false), this.requester, null).ticketId();
	}

	/** The approval starts in a job after the acceptance (Task_ReadCostFacts is asynchronous): waits for it. */
	private void awaitApproversAsked(String ticket) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (this.queries.detail(ticket, this.sre).status() != TicketStatus.WAITING_FOR_APPROVAL) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Approvers of " + ticket + " not asked after 2 minutes");
			}
			Thread.sleep(5);
		}
	}

	/** The 24 MRU a month the three components cost need one approval on the customer's plan. */
	private void approve(String ticket) {
		this.approvals.decide(ticket, this.approver, new Decide(Verdict.APPROVE, null));
	}

	private void accept(String ticket) {
		String task = this.queries.detail(ticket, this.sre).tasks().get(0).id();
		this.work.claim(task, this.sre);
		this.work.complete(task, this.sre, new CompleteTask(Outcome.ACCEPT, null));
	}

	/** Waits for all items of the tickets, looking every 50 ms so that the waiting costs the workers little CPU. */
	private void awaitAllDone(List<String> tickets) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		for (String ticket : tickets) {
			while (doneItems(ticket) < COMPONENTS.size()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Items of " + ticket + " not done after 10 minutes");
				}
				Thread.sleep(50);
			}
		}
	}

	private long doneItems(String ticket) {
		this.polls++;
		return this.items.findByTicketIdOrderByIdAsc(ticket).stream().filter(item -> item.getStatus() == ItemStatus.DONE).count();
	}

	/** CPU time of the whole process: every thread, the garbage collector's too. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private void awaitDone(String ticket) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (this.items.findByTicketIdOrderByIdAsc(ticket).stream().filter(item -> item.getStatus() == ItemStatus.DONE).count()
				< COMPONENTS.size()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Items of " + ticket + " not done after 2 minutes");
			}
			Thread.sleep(1);
		}
	}

	/** The default database options of application.yml. */
	private static final class BenchDatabase {

		static final String OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";

	}

}
