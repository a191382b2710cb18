package org.redress.remedies.calculations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.redress.contracts.Bounds;

/**
 * Seeded, reproducible samples for the calculators' {@code *Properties} tests, in the manner of
 * statutory-time's {@code TimeSamples}: every {@link #cases} call starts a fresh {@link Random}
 * from the same {@link #SEED}, so a property checks the same {@value #CASES} cases on every run.
 *
 * <p>Amounts and dates are hostile on purpose: about a third are edges (0, 1, the largest plausible
 * amount and one more, {@code Long.MAX_VALUE}; the first plausible case date, the ends of
 * {@link LocalDate}'s range, a 29 February), because that is where a {@code long} overflows or a
 * date leaves its range. The rest are uniform.
 *
 * <p>To explore beyond the fixed cases: {@code mvn ... verify -Dremedies.seed=12345}.
 */
final class MoneySamples {

    static final long SEED = Long.getLong("remedies.seed", 20_261_204L);
    static final int CASES = 1_000;

    private static final long[] EDGE_AMOUNTS = { 0, 1, 2, 6, 7, 99, 100, Bounds.MAX_AMOUNT_PENCE - 1,
            Bounds.MAX_AMOUNT_PENCE, Bounds.MAX_AMOUNT_PENCE + 1, Integer.MAX_VALUE, Long.MAX_VALUE / 7,
            Long.MAX_VALUE / 52, Long.MAX_VALUE - 1, Long.MAX_VALUE };
    private static final LocalDate[] EDGE_DATES = { Bounds.EARLIEST_CASE_DATE, LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 1, 31), LocalDate.of(1, 1, 1), LocalDate.MIN, LocalDate.MAX,
            LocalDate.MAX.minusDays(6), LocalDate.of(10_000, 1, 1) };

    private final Random random;

    private MoneySamples(Random random) {
        this.random = random;
    }

    /** {@value #CASES} cases, each made by {@code generator} from one seeded sequence. */
    static Stream<Arguments> cases(Function<MoneySamples, Arguments> generator) {
        MoneySamples samples = new MoneySamples(new Random(SEED));
        List<Arguments> cases = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            cases.add(generator.apply(samples));
        }
        return cases.stream();
    }

    /** For {@code assertThat(...).as(failing(...))}: the seed and the case. */
    static String failing(Object... values) {
        return "seed " + SEED + ", case " + Arrays.stream(values).map(String::valueOf)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** An amount in pence from 0 to {@code Long.MAX_VALUE}, mostly plausible, edges favoured. */
    long pence() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> EDGE_AMOUNTS[random.nextInt(EDGE_AMOUNTS.length)];
            case 2 -> random.nextLong() & Long.MAX_VALUE;
            default -> 1 + (long) (random.nextDouble() * Bounds.MAX_AMOUNT_PENCE);
        };
    }

    /** Any long, signs and both ends favoured. */
    long anyLong() {
        return switch (random.nextInt(4)) {
            case 0 -> new long[] { Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1,
                    Long.MAX_VALUE }[random.nextInt(7)];
            case 1 -> random.nextInt();
            default -> random.nextLong();
        };
    }

    /** A date anywhere in {@link LocalDate}'s range, mostly within a plausible case window, edges favoured. */
    LocalDate date() {
        return switch (random.nextInt(5)) {
            case 0 -> EDGE_DATES[random.nextInt(EDGE_DATES.length)];
            case 1 -> LocalDate.ofEpochDay(LocalDate.MIN.toEpochDay()
                    + (long) (random.nextDouble() * (LocalDate.MAX.toEpochDay() - LocalDate.MIN.toEpochDay())));
            default -> Bounds.EARLIEST_CASE_DATE.plusDays(random.nextInt(40 * 366));
        };
    }

    /** A date from {@code from} to about 15 years after it (so some periods are too long), or anywhere. */
    LocalDate dateAfter(LocalDate from) {
        if (random.nextInt(5) == 0) {
            return date();
        }
        long days = random.nextInt(10) == 0 ? new long[] { 0, 6, 7, 3652, 3653 }[random.nextInt(5)]
                : random.nextInt(15 * 366);
        long latest = LocalDate.MAX.toEpochDay() - from.toEpochDay();
        return from.plusDays(Math.min(days, latest));
    }
}
