package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The ticket's state machine: every legal move, every illegal one, the reopen window and end states. */
class TicketTest {

	private static final Instant FILED_AT = Instant.parse("2025-03-01T08:00:00Z");

	private static final Instant NOW = FILED_AT.plus(Duration.ofHours(1));

	private static final Duration WINDOW = Duration.ofDays(7);

	/** Each move, applied at {@link #NOW}. */
	enum Move {

		ACCEPT(Ticket::accept), REJECT(Ticket::reject), ASK(Ticket::askRequester), ANSWER(Ticket::answered),
		RESOLVE((ticket, now) -> ticket.resolve(now, WINDOW)), REOPEN(Ticket::reopen), CLOSE(Ticket::close),
		AWAIT_APPROVAL(Ticket::awaitApproval), APPROVE_COST(Ticket::costApproved), REJECT_COST(Ticket::costRejected),
		EXPIRE_APPROVAL(Ticket::approvalExpired);

		private final BiConsumer<Ticket, Instant> action;

		Move(BiConsumer<Ticket, Instant> action) {
			this.action = action;
		}

		void on(Ticket ticket) {
			this.action.accept(ticket, NOW);
		}

	}

	/** The state machine, written out once: from each status, the moves it allows and where they lead. */
	private static final Map<TicketStatus, Map<Move, TicketStatus>> LEGAL = Map.of(
			TicketStatus.IN_REVIEW,
			Map.of(Move.ACCEPT, TicketStatus.IN_PROGRESS, Move.REJECT, TicketStatus.REJECTED, Move.ASK,
					TicketStatus.WAITING_FOR_CUSTOMER),
			TicketStatus.WAITING_FOR_CUSTOMER, Map.of(Move.ANSWER, TicketStatus.IN_REVIEW),
			TicketStatus.IN_PROGRESS,
			Map.of(Move.RESOLVE, TicketStatus.RESOLVED, Move.AWAIT_APPROVAL, TicketStatus.WAITING_FOR_APPROVAL),
			TicketStatus.WAITING_FOR_APPROVAL,
			Map.of(Move.APPROVE_COST, TicketStatus.IN_PROGRESS, Move.REJECT_COST, TicketStatus.COST_REJECTED,
					Move.EXPIRE_APPROVAL, TicketStatus.APPROVAL_EXPIRED),
			TicketStatus.COST_REJECTED, Map.of(), TicketStatus.APPROVAL_EXPIRED, Map.of(),
			TicketStatus.RESOLVED, Map.of(Move.REOPEN, TicketStatus.IN_PROGRESS, Move.CLOSE, TicketStatus.CLOSED),
			TicketStatus.CLOSED, Map.of(),
			TicketStatus.REJECTED, Map.of());

	@Test
	void aFiledTicketIsInReview() {
		Ticket ticket = filed();

		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_REVIEW);
		assertThat(ticket.getCreatedAt()).isEqualTo(FILED_AT);
		assertThat(ticket.getReopenWindow().getResolvedAt()).isNull();
	}

	@ParameterizedTest(name = "{0} --{1}--> {2}")
	@MethodSource("legalMoves")
	void aLegalMoveChangesTheStatusAndTheUpdateTime(TicketStatus from, Move move, TicketStatus to) {
		Ticket ticket = ticketIn(from);

		move.on(ticket);

		assertThat(ticket.getStatus()).isEqualTo(to);
		assertThat(ticket.getUpdatedAt()).isEqualTo(NOW);
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@MethodSource("illegalMoves")
	void anIllegalMoveIsRefusedAndChangesNothing(TicketStatus from, Move move) {
		Ticket ticket = ticketIn(from);
		Instant updatedBefore = ticket.getUpdatedAt();

		IllegalTicketMoveException refused = catchThrowableOfType(IllegalTicketMoveException.class,
				() -> move.on(ticket));

		assertThat(refused).as("%s from %s", move, from).isNotNull();
		assertThat(refused.code()).isEqualTo(IllegalTicketMoveException.CODE);
		assertThat(refused.getMessage()).contains("REQ-1042", from.name());
		assertThat(ticket.getStatus()).isEqualTo(from);
		assertThat(ticket.getUpdatedAt()).isEqualTo(updatedBefore);
	}

	@Test
	void resolvingRecordsWhenTheReopenWindowStarts() {
		Ticket ticket = ticketIn(TicketStatus.IN_PROGRESS);

		ticket.resolve(NOW, WINDOW);

		assertThat(ticket.getReopenWindow().getResolvedAt()).isEqualTo(NOW);
	}

	@Test
	void reopeningInsideTheWindowGoesBackToFulfilmentAndForgetsTheResolution() {
		Ticket ticket = resolvedAt(NOW);

		ticket.reopen(NOW.plus(WINDOW).minusSeconds(1));

		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
		assertThat(ticket.getReopenWindow().getResolvedAt()).isNull();
	}

	@Test
	void reopeningAtTheVeryEndOfTheWindowStillWorks() {
		Ticket ticket = resolvedAt(NOW);

		ticket.reopen(NOW.plus(WINDOW));

		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
	}

	@Test
	void reopeningAfterTheWindowIsRefusedAndTheTicketStaysResolved() {
		Ticket ticket = resolvedAt(NOW);

		IllegalTicketMoveException refused = catchThrowableOfType(IllegalTicketMoveException.class,
				() -> ticket.reopen(NOW.plus(WINDOW).plusMillis(1)));

		assertThat(refused).isNotNull();
		assertThat(refused.code()).isEqualTo("reopen-window-closed");
		assertThat(refused.getMessage()).contains("REQ-1042");
		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(ticket.getReopenWindow().getResolvedAt()).isEqualTo(NOW);
	}

	@Test
	void aSecondResolutionStartsANewWindow() {
		Ticket ticket = resolvedAt(NOW);
		ticket.reopen(NOW.plus(Duration.ofDays(6)));
		Instant resolvedAgain = NOW.plus(Duration.ofDays(10));
		ticket.resolve(resolvedAgain, WINDOW);

		ticket.reopen(resolvedAgain.plus(Duration.ofDays(6)));

		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
	}

	@ParameterizedTest
	@EnumSource(value = TicketStatus.class, names = { "CLOSED", "REJECTED", "COST_REJECTED", "APPROVAL_EXPIRED" }, mode = EnumSource.Mode.EXCLUDE)
	void anOpenTicketTakesReplies(TicketStatus open) {
		Ticket ticket = ticketIn(open);

		assertThatNoException().isThrownBy(ticket::requireOpen);
	}

	@ParameterizedTest
	@EnumSource(value = TicketStatus.class, names = { "CLOSED", "REJECTED", "COST_REJECTED", "APPROVAL_EXPIRED" })
	void aTicketInAnEndStateRefusesReplies(TicketStatus end) {
		Ticket ticket = ticketIn(end);

		IllegalTicketMoveException refused = catchThrowableOfType(IllegalTicketMoveException.class,
				ticket::requireOpen);

		assertThat(refused).isNotNull();
		assertThat(refused.code()).isEqualTo("ticket-closed");
		assertThat(refused.getMessage()).contains("REQ-1042", end.name());
	}

	static Stream<Arguments> legalMoves() {
		return LEGAL.entrySet()
			.stream()
			.flatMap(from -> from.getValue()
				.entrySet()
				.stream()
				.map(move -> Arguments.of(from.getKey(), move.getKey(), move.getValue())));
	}

	static Stream<Arguments> illegalMoves() {
		return Arrays.stream(TicketStatus.values())
			.flatMap(from -> Arrays.stream(Move.values())
				.filter(move -> !LEGAL.get(from).containsKey(move))
				.map(move -> Arguments.of(from, move)));
	}

	@Test
	void aTicketIsCostedBeforeAcceptanceAndOnlyANonZeroDeltaChangesCost() {
		Ticket ticket = filed();
		assertThat(ticket.getCost().changesCost()).as("not costed").isFalse();

		ticket.cost(BigDecimal.ZERO.setScale(2), new BigDecimal("300.00"), NOW);
		assertThat(ticket.getCost().changesCost()).isFalse();
		ticket.cost(new BigDecimal("-12.50"), new BigDecimal("287.50"), NOW);
		assertThat(ticket.getCost().changesCost()).isTrue();
		assertThat(ticket.getCost().getMonthlyMruAfter()).isEqualByComparingTo("287.50");

		ticket.accept(NOW);
		IllegalTicketMoveException refused = catchThrowableOfType(IllegalTicketMoveException.class,
				() -> ticket.cost(BigDecimal.TEN, null, NOW));
		assertThat(refused).as("the cost approvers saw cannot change afterwards").isNotNull();
		assertThat(ticket.getCost().getMruDelta()).isEqualByComparingTo("-12.50");
	}

	@Test
	void waitingForAnswerOrForCostApprovalWaitsOnTheCustomer() {
		assertThat(Arrays.stream(TicketStatus.values()).filter(TicketStatus::waitsOnCustomer))
			.containsExactlyInAnyOrder(TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.WAITING_FOR_APPROVAL);
	}

	@Test
	void theStateMachineTableNamesEveryStatus() {
		assertThat(LEGAL).containsOnlyKeys(TicketStatus.values());
		assertThat(legalMoves().count() + illegalMoves().count())
			.isEqualTo((long) TicketStatus.values().length * Move.values().length);
	}

	/** A filed ticket, moved along the shortest legal path to {@code status}, all before {@link #NOW}. */
	private static Ticket ticketIn(TicketStatus status) {
		Ticket ticket = filed();
		Instant earlier = FILED_AT.plusSeconds(60);
		List<Move> path = switch (status) {
			case IN_REVIEW -> List.of();
			case WAITING_FOR_CUSTOMER -> List.of(Move.ASK);
			case REJECTED -> List.of(Move.REJECT);
			case IN_PROGRESS -> List.of(Move.ACCEPT);
			case RESOLVED -> List.of(Move.ACCEPT, Move.RESOLVE);
			case CLOSED -> List.of(Move.ACCEPT, Move.RESOLVE, Move.CLOSE);
			case WAITING_FOR_APPROVAL -> List.of(Move.ACCEPT, Move.AWAIT_APPROVAL);
			case COST_REJECTED -> List.of(Move.ACCEPT, Move.AWAIT_APPROVAL, Move.REJECT_COST);
			case APPROVAL_EXPIRED -> List.of(Move.ACCEPT, Move.AWAIT_APPROVAL, Move.EXPIRE_APPROVAL);
		};
		path.forEach(move -> move.action.accept(ticket, earlier));
		assertThat(ticket.getStatus()).isEqualTo(status);
		return ticket;
	}

	private static Ticket resolvedAt(Instant when) {
		Ticket ticket = ticketIn(TicketStatus.IN_PROGRESS);
		ticket.resolve(when, WINDOW);
		return ticket;
	}

	private static Ticket filed() {
		FileTicket request = new FileTicket(TicketType.COMPONENT_ACTIVATION, " Activate the container service ",
				" Please activate it in production. ", List.of("container-service"), List.of("production"),
				List.of("ops@acme.example"), false);
		return persisted(new Ticket(request, 7L, 11L, FILED_AT), 1042L);
	}

	/** The id the database would assign: key() and every refusal message need it. */
	private static Ticket persisted(Ticket ticket, long id) {
		try {
			Field field = Ticket.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(ticket, id);
			return ticket;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
