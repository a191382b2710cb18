package org.redress.statutorytime;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * JMH benchmark of the working-day index over its 100-year horizon: random dates in 2000-2099 and
 * up to 100 working days. Not a test (not run by {@code mvn verify}); run it with
 * {@code mvn -B -pl platform/statutory-time -Pbenchmark test-compile exec:exec}, which first
 * prints the cold cost of building the calendar in a fresh JVM, then runs JMH with the arguments
 * given in the profile (JMH command-line syntax).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayCalendarBenchmark {

    private static final int SAMPLES = 4096; // a power of two, so the index wraps with a mask
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final int DAYS_IN_HORIZON = 36_525; // 2000-01-01 to 2099-12-31

    private final LocalDate[] from = new LocalDate[SAMPLES];
    private final LocalDate[] to = new LocalDate[SAMPLES];
    private final int[] workingDays = new int[SAMPLES];
    private WorkingDayCalendar calendar;
    private StatutoryClock[] clocks;
    private int next;

    @Setup
    public void chooseRandomDates() {
        calendar = WorkingDayCalendar.englandAndWales();
        clocks = new StatutoryClock[SAMPLES];
        SplittableRandom random = new SplittableRandom(20240101L);
        for (int i = 0; i < SAMPLES; i++) {
            from[i] = FIRST.plusDays(random.nextInt(DAYS_IN_HORIZON));
            to[i] = FIRST.plusDays(random.nextInt(DAYS_IN_HORIZON));
            workingDays[i] = random.nextInt(101);
            clocks[i] = StatutoryClock.start(calendar, from[i], 25, 65)
                    .pause(from[i].plusDays(3)).resume(from[i].plusDays(10));
        }
    }

    @Benchmark
    public LocalDate nthWorkingDayAfter() {
        int i = next++ & (SAMPLES - 1);
        return calendar.nthWorkingDayAfter(from[i], workingDays[i]);
    }

    @Benchmark
    public int workingDaysBetween() {
        int i = next++ & (SAMPLES - 1);
        return calendar.workingDaysBetween(from[i], to[i]);
    }

    @Benchmark
    public ClockSnapshot clockSnapshotWithOneHold() {
        int i = next++ & (SAMPLES - 1);
        return clocks[i].snapshotOn(from[i].plusDays(20));
    }

    /** Times the cold construction of the calendar, then runs JMH with {@code args}. */
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        SortedSet<LocalDate> holidays = JollydayBankHolidays.englandAndWales(
                WorkingDayCalendar.FIRST_YEAR, WorkingDayCalendar.LAST_YEAR);
        long loaded = System.nanoTime();
        new WorkingDayCalendar(holidays);
        long indexed = System.nanoTime();
        WorkingDayCalendar.englandAndWales();
        long shared = System.nanoTime();
        System.out.printf("Cold build: jollyday load of %d bank holidays %.1f ms, index %.1f ms;"
                        + " englandAndWales() afterwards (jollyday warm) %.1f ms%n",
                holidays.size(), (loaded - started) / 1e6, (indexed - loaded) / 1e6,
                (shared - indexed) / 1e6);
        new Runner(new CommandLineOptions(args)).run();
    }
}
