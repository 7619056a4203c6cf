package io.verbatim.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of values from one seeded {@link Random}: the fuzzer's own small combinator set (just, of, oneOf,
 * frequency, numbers in a range, strings over an alphabet, lists), so that a run is replayed exactly from its seed.
 * Numbers and strings lean towards their bounds now and then (empty, shortest, longest, minimum, maximum), where
 * contract bugs tend to sit.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapping) {
        return random -> mapping.apply(next(random));
    }

    /** The value, or null with the given probability. */
    default Gen<T> orNull(double probability) {
        return random -> random.nextDouble() < probability ? null : next(random);
    }

    default Gen<List<T>> list(int min, int max) {
        Gen<Integer> size = ints(min, max);
        return random -> {
            int count = size.next(random);
            List<T> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(next(random));
            }
            return values;
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        List<? extends T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    static <T> Gen<T> oneOf(List<Gen<T>> generators) {
        List<Gen<T>> copy = List.copyOf(generators);
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /** One generator of several, each chosen in proportion to its weight (a weight of 0 is never chosen). */
    record Weighted<T>(int weight, Gen<T> generator) {
    }

    static <T> Weighted<T> weight(int weight, Gen<T> generator) {
        return new Weighted<>(weight, generator);
    }

    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<T>... choices) {
        List<Weighted<T>> positive = Arrays.stream(choices).filter(c -> c.weight() > 0).toList();
        int total = positive.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Weighted<T> choice : positive) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.generator().next(random);
                }
            }
            throw new IllegalStateException("unreachable");
        };
    }

    /** All generators of a list, each once, in order. */
    static <T> Gen<List<T>> all(List<Gen<T>> generators) {
        List<Gen<T>> copy = List.copyOf(generators);
        return random -> {
            List<T> values = new ArrayList<>(copy.size());
            for (Gen<T> generator : copy) {
                values.add(generator.next(random));
            }
            return values;
        };
    }

    /** An int in [min, max], now and then a bound. */
    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /** A long in [min, max], now and then a bound (or zero, when in range). */
    static Gen<Long> longs(long min, long max) {
        if (max <= min) {
            return just(min);
        }
        return random -> {
            int edge = random.nextInt(30);
            if (edge == 0) {
                return min;
            }
            if (edge == 1) {
                return max;
            }
            if (edge == 2 && min <= 0 && max >= 0) {
                return 0L;
            }
            long span = max - min;
            return span < 0 || span == Long.MAX_VALUE ? random.nextLong() : min + Math.floorMod(random.nextLong(), span + 1);
        };
    }

    /** A double in [min, max], now and then a bound. */
    static Gen<Double> doubles(double min, double max) {
        return random -> {
            int edge = random.nextInt(20);
            if (edge == 0) {
                return min;
            }
            if (edge == 1) {
                return max;
            }
            return min + random.nextDouble() * (max - min);
        };
    }

    /** A string of min to max characters from the alphabet (code points), now and then of a bound length. */
    static Gen<String> strings(String alphabet, int min, int max) {
        int[] codePoints = alphabet.codePoints().toArray();
        Gen<Integer> length = ints(min, max);
        return random -> {
            int count = length.next(random);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            return text.toString();
        };
    }
}
