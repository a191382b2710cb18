package org.redress.statutorytime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeded, reproducible samples for the {@code *Properties} tests (plain JUnit 5 parameterised
 * tests). Every {@link #cases} call starts a fresh {@link Random} from the same {@link #SEED}, so
 * a property checks the same {@value #CASES} cases on every run, whatever order tests run in.
 *
 * <p>About 40% of dates are edge cases rather than uniform: the ends of the range, weekends, bank
 * holidays and the days either side, and the days around the turn of a year. About 10% of
 * integers are the ends of their range (and 0, &plusmn;1 when inside it).
 *
 * <p>To explore beyond the fixed cases: {@code mvn ... verify -Dstatutorytime.seed=12345}.
 */
final class TimeSamples {

    static final long DEFAULT_SEED = 20_260_101L;
    static final long SEED = Long.getLong("statutorytime.seed", DEFAULT_SEED);
    static final int CASES = 1_000;
    static final LocalDate FIRST = WorkingDayCalendar.FIRST_COVERED_DATE;

    private static final List<LocalDate> BANK_HOLIDAYS = IntStream.rangeClosed(2000, 2100)
            .mapToObj(WorkingDayCalendar.englandAndWales()::bankHolidaysIn)
            .flatMap(List::stream)
            .toList();

    private final Random random;

    private TimeSamples(Random random) {
        this.random = random;
    }

    /** {@value #CASES} cases, each made by {@code generator} from one seeded sequence. */
    static Stream<Arguments> cases(Function<TimeSamples, Arguments> generator) {
        TimeSamples samples = new TimeSamples(new Random(SEED));
        List<Arguments> cases = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            cases.add(generator.apply(samples));
        }
        return cases.stream();
    }

    /** For {@code assertThat(...).as(failing(...))}: the seed and the case, dates with weekday. */
    static String failing(Object... values) {
        return "seed " + SEED + ", case " + Arrays.stream(values)
                .map(v -> v instanceof LocalDate d ? d + " (" + d.getDayOfWeek().toString().substring(0, 3) + ")"
                        : String.valueOf(v))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** An int in {@code min..max}, both included; its ends (and 0, &plusmn;1) are favoured. */
    int intIn(int min, int max) {
        if (random.nextInt(10) == 0) {
            int[] edges = IntStream.of(min, min + 1, max - 1, max, -1, 0, 1)
                    .filter(v -> v >= min && v <= max).toArray();
            return edges[random.nextInt(edges.length)];
        }
        return min + random.nextInt(max - min + 1);
    }

    /** A date from {@link #FIRST} to {@code FIRST + maxOffset} days, both included; edges favoured. */
    LocalDate date(int maxOffset) {
        LocalDate last = FIRST.plusDays(maxOffset);
        LocalDate uniform = FIRST.plusDays(random.nextInt(maxOffset + 1));
        LocalDate date = switch (random.nextInt(10)) {
            case 0 -> List.of(FIRST, FIRST.plusDays(1), last.minusDays(1), last).get(random.nextInt(4));
            case 1 -> uniform.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusDays(random.nextInt(2));
            case 2 -> BANK_HOLIDAYS.get(random.nextInt(BANK_HOLIDAYS.size())).plusDays(random.nextInt(3) - 1);
            case 3 -> LocalDate.of(uniform.getYear(), 12, 22).plusDays(random.nextInt(13)); // 22 Dec .. 3 Jan
            default -> uniform;
        };
        return date.isBefore(FIRST) ? FIRST : date.isAfter(last) ? last : date;
    }
}
