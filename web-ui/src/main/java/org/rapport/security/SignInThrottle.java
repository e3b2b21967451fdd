package org.rapport.security;

import org.rapport.config.RapportProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted in three sliding windows, and whether the next attempt must wait. One client guessing
 * one account waits soon (a person who mistyped a few times waits a few minutes); every client together may
 * fail on one account only a bounded number of times an hour (OWASP ASVS 2.2.1 allows at most 100), so a
 * stranger elsewhere can hold up a real user for at most that hour's remainder, never lock the account; one
 * client failing on many accounts (password spraying) waits too. Kept in memory on this node: a restart
 * forgets it, and every failure is also in the log. Docs: docs/decisions/0010-sign-in-protection.md.
 */
@Component
public class SignInThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int RECENT = 200;
    private static final int MAX_KEYS = 50_000;
    private static final int HARD_CAP = 200_000;

    private final Clock clock;
    private final RapportProperties.SignIn limits;
    private final Map<String, Deque<Instant>> byAccountAndClient = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();
    private final Deque<FailedSignIn> recent = new ArrayDeque<>();
    private Instant lastPrune;

    public SignInThrottle(Clock clock, RapportProperties settings) {
        this.clock = clock;
        this.limits = settings.signIn();
    }

    /** How long this client must wait before it may try this account again; empty when it may try now. */
    public Optional<Duration> waitBefore(String account, String client) {
        Instant now = clock.instant();
        String name = normalized(account);
        return max(wait(byAccountAndClient, name + "\u0000" + client, limits.perAccountAndClient(), limits.window(), now),
                wait(byAccount, name, limits.perAccount(), Duration.ofHours(1), now),
                wait(byClient, client, limits.perClient(), limits.window(), now));
    }

    /** Records a failed sign-in and logs it (never the password). */
    public void failed(String account, String client, String channel, String reason) {
        Instant now = clock.instant();
        String name = normalized(account);
        if (byAccountAndClient.size() + byAccount.size() + byClient.size() > MAX_KEYS) {
            prune(now);
        }
        add(byAccountAndClient, name + "\u0000" + client, now);
        add(byAccount, name, now);
        add(byClient, client, now);
        synchronized (recent) {
            recent.addFirst(new FailedSignIn(now, name, client, channel, reason));
            while (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        LOG.warn("Failed sign-in for account '{}' from {} over {}: {}", name, client, channel, reason);
    }

    /** A right password clears this client's count for the account; the account's hourly count stays. */
    public void succeeded(String account, String client) {
        byAccountAndClient.remove(normalized(account) + "\u0000" + client);
    }

    /** The latest failures, newest first, for admins. */
    public List<FailedSignIn> recentFailures() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** Accounts and clients that must wait now, longest wait first, for admins. */
    public List<Throttled> throttledNow() {
        Instant now = clock.instant();
        List<Throttled> result = new ArrayList<>();
        byAccount.forEach((name, times) -> wait(byAccount, name, limits.perAccount(), Duration.ofHours(1), now)
                .ifPresent(w -> result.add(new Throttled("account", name, w))));
        byClient.forEach((client, times) -> wait(byClient, client, limits.perClient(), limits.window(), now)
                .ifPresent(w -> result.add(new Throttled("client", client, w))));
        byAccountAndClient.forEach((key, times) -> wait(byAccountAndClient, key, limits.perAccountAndClient(),
                limits.window(), now).ifPresent(w -> result.add(new Throttled("account from one client",
                key.replace("\u0000", " from "), w))));
        result.sort(Comparator.comparing(Throttled::waitFor).reversed());
        return result;
    }

    private static Optional<Duration> wait(Map<String, Deque<Instant>> counts, String key, int limit, Duration window,
                                           Instant now) {
        Deque<Instant> times = counts.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant since = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            if (times.size() < limit) {
                return Optional.empty();
            }
            // The attempt may go ahead once enough of the window's failures have aged out of it.
            Instant freed = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(window);
            return Optional.of(Duration.between(now, freed));
        }
    }

    private static void add(Map<String, Deque<Instant>> counts, String key, Instant now) {
        Deque<Instant> times = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            // Far more than any limit: a key's memory stays bounded however hard one client tries.
            while (times.size() > 1_000) {
                times.removeFirst();
            }
        }
    }

    /**
     * Forgets counts older than an hour, at most every ten seconds so a flood of new names cannot make every
     * failure scan the maps. If a flood of fresh keys still overflows them, the per-client-and-account counts go
     * first: the per-account and per-client limits still hold.
     */
    private void prune(Instant now) {
        synchronized (recent) {
            if (lastPrune != null && lastPrune.plusSeconds(10).isAfter(now)) {
                if (byAccountAndClient.size() > MAX_KEYS) {
                    byAccountAndClient.clear();
                }
                return;
            }
            lastPrune = now;
        }
        Instant hourAgo = now.minus(Duration.ofHours(1));
        for (Map<String, Deque<Instant>> counts : List.of(byAccountAndClient, byAccount, byClient)) {
            counts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(hourAgo);
                }
            });
            if (counts.size() > HARD_CAP) {
                // Memory comes first: a flood from very many addresses within the hour resets these counts.
                LOG.warn("Sign-in failure counts reset: {} names or addresses failed within an hour", counts.size());
                counts.clear();
            }
        }
    }

    @SafeVarargs
    private static Optional<Duration> max(Optional<Duration>... waits) {
        return java.util.Arrays.stream(waits).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** Account names are compared as sign-in compares them, and kept short and printable for logs and screens. */
    static String normalized(String account) {
        String name = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .limit(64).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return name;
    }

    /** One failed sign-in: when, which account name was tried, from where, over the form or the API, and why. */
    public record FailedSignIn(Instant at, String account, String client, String channel, String reason) {
    }

    /** Who must wait now and for how long. */
    public record Throttled(String kind, String who, Duration waitFor) {
    }
}
