/*
 * What ending a session with a pid namespace costs, beside the kernel floor.
 * A measurement, never a test.
 *
 *   pidclose CONFDIR SERVICE BASE USER ROUNDS
 *
 * Each round runs, interleaved, in a fresh child process each:
 *   floor   unshare(CLONE_NEWPID), fork a child (PID 1 there) that writes
 *           one byte to a pipe and waits for SIGTERM, read the byte,
 *           SIGTERM, blocking waitpid: the init cycle with nothing of pam_ns;
 *   open    pam_open_session of SERVICE (a rule with unshare = ["pid"]);
 *   close   pam_close_session + pam_end, which stops the session's init;
 *   base    the same open and close of BASE, a service whose stack is the
 *           same but whose rule makes no pid namespace: what libpam and the
 *           module cost anyway, subtracted before comparing with the floor.
 * It prints medians, p10-p90 and the ratios to the floor, and the init's
 * VmRSS (kB) seen during the sessions.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <security/pam_appl.h>

static long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

static int no_conv(int n, const struct pam_message **m, struct pam_response **r, void *d)
{
	(void)n, (void)m, (void)r, (void)d;
	return PAM_CONV_ERR;
}

/* The PID 1 of our pid_for_children namespace: our only child. */
static long init_rss_kb(void)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", (int)getpid(), (int)getpid());
	FILE *f = fopen(path, "re");
	int init = 0;
	if (f && fscanf(f, "%d", &init) != 1)
		init = 0;
	if (f)
		fclose(f);
	if (init <= 0)
		return -1;
	snprintf(path, sizeof(path), "/proc/%d/status", init);
	f = fopen(path, "re");
	long kb = -1;
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "VmRSS: %ld", &kb) == 1)
			break;
	if (f)
		fclose(f);
	return kb;
}

/* In a fresh child: one measurement, written to fd as two longs (ns). */
static void floor_round(int fd)
{
	long t[2] = { 0, 0 };
	int p[2];
	if (unshare(CLONE_NEWPID) < 0 || pipe(p) < 0)
		_exit(1);
	/* Like any init, it must block (or handle) SIGTERM: a pid namespace's
	 * PID 1 never gets a default-action signal (pid_namespaces(7)). */
	sigset_t term;
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigprocmask(SIG_BLOCK, &term, NULL);
	long start = now_ns();
	pid_t init = fork();
	if (init == 0) {
		int sig;
		(void)!write(p[1], "r", 1);
		sigwait(&term, &sig);
		_exit(0);
	}
	char c;
	if (read(p[0], &c, 1) != 1)
		_exit(1);
	long ready = now_ns();
	kill(init, SIGTERM);
	waitpid(init, NULL, 0);
	t[0] = ready - start;
	t[1] = now_ns() - ready;
	(void)!write(fd, t, sizeof(t));
	_exit(0);
}

static const char *confdir, *service, *user;

static const char *base;

static void pam_round_of(int fd, const char *svc)
{
	long t[3] = { 0, 0, -1 };
	pam_handle_t *h = NULL;
	struct pam_conv conv = { no_conv, NULL };
	if (pam_start_confdir(svc, user, &conv, confdir, &h) != PAM_SUCCESS)
		_exit(1);
	long start = now_ns();
	if (pam_open_session(h, 0) != PAM_SUCCESS)
		_exit(2);
	long opened = now_ns();
	t[2] = init_rss_kb();
	long closing = now_ns();
	pam_close_session(h, 0);
	pam_end(h, PAM_SUCCESS);
	t[0] = opened - start;
	t[1] = now_ns() - closing;
	(void)!write(fd, t, sizeof(t));
	_exit(0);
}

static void pid_round(int fd)
{
	pam_round_of(fd, service);
}

static void base_round(int fd)
{
	pam_round_of(fd, base);
}

static int run(void (*fn)(int), long *out, size_t n)
{
	int p[2];
	if (pipe(p) < 0)
		return -1;
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		close(p[0]);
		fn(p[1]);
	}
	close(p[1]);
	ssize_t got = read(p[0], out, n * sizeof(long));
	close(p[0]);
	int status = 0;
	waitpid(pid, &status, 0);
	return got == (ssize_t)(n * sizeof(long)) && WIFEXITED(status) && !WEXITSTATUS(status) ? 0 : -1;
}

static int cmp(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return (x > y) - (x < y);
}

static long pct(long *v, int n, int p)
{
	qsort(v, (size_t)n, sizeof(*v), cmp);
	return v[(n - 1) * p / 100];
}

int main(int argc, char **argv)
{
	if (argc != 6) {
		fprintf(stderr, "usage: pidclose CONFDIR SERVICE BASE USER ROUNDS\n");
		return 2;
	}
	confdir = argv[1], service = argv[2], base = argv[3], user = argv[4];
	int rounds = atoi(argv[5]);
	if (rounds < 1)
		return 2;
	long *fstart = calloc((size_t)rounds, sizeof(long)), *fstop = calloc((size_t)rounds, sizeof(long));
	long *open = calloc((size_t)rounds, sizeof(long)), *close_ = calloc((size_t)rounds, sizeof(long));
	long *bopen = calloc((size_t)rounds, sizeof(long)), *bclose = calloc((size_t)rounds, sizeof(long));
	long *dopen = calloc((size_t)rounds, sizeof(long)), *dclose = calloc((size_t)rounds, sizeof(long));
	long rss = -1;
	if (!fstart || !fstop || !open || !close_ || !bopen || !bclose || !dopen || !dclose)
		return 1;
	for (int i = 0; i < rounds; i++) {
		long f[2], p[3], b[3];
		if (run(floor_round, f, 2) < 0 || run(pid_round, p, 3) < 0 || run(base_round, b, 3) < 0) {
			fprintf(stderr, "pidclose: round %d failed\n", i);
			return 1;
		}
		fstart[i] = f[0], fstop[i] = f[1], open[i] = p[0], close_[i] = p[1];
		bopen[i] = b[0], bclose[i] = b[1];
		dopen[i] = p[0] - b[0], dclose[i] = p[1] - b[1];
		if (p[2] > rss)
			rss = p[2];
	}
	long floor_stop = pct(fstop, rounds, 50), floor_start = pct(fstart, rounds, 50);
	printf("pid session start and end against the kernel floor, %d rounds, µs (median, p10-p90)\n",
	       rounds);
	printf("%-46s %8s %15s %7s\n", "measured", "median", "p10-p90", "ratio");
	struct {
		const char *name;
		long *v;
		long floor;
	} rows[] = {
		{ "floor: fork a PID 1, its ready byte", fstart, floor_start },
		{ "floor: SIGTERM and blocking reap", fstop, floor_stop },
		{ "open, no pid namespace (base)", bopen, floor_start },
		{ "open, unshare = [\"pid\"]", open, floor_start },
		{ "  difference: starting pam_ns-init", dopen, floor_start },
		{ "close + pam_end, no pid namespace (base)", bclose, floor_stop },
		{ "close + pam_end, unshare = [\"pid\"]", close_, floor_stop },
		{ "  difference: stopping pam_ns-init", dclose, floor_stop },
	};
	for (size_t k = 0; k < sizeof(rows) / sizeof(rows[0]); k++) {
		long med = pct(rows[k].v, rounds, 50);
		char spread[48];
		snprintf(spread, sizeof(spread), "%ld-%ld", pct(rows[k].v, rounds, 10) / 1000,
			 pct(rows[k].v, rounds, 90) / 1000);
		printf("%-46s %8.1f %15s %7.2f\n", rows[k].name, med / 1000.0, spread,
		       (double)med / (double)rows[k].floor);
	}
	printf("pam_ns-init resident memory during the sessions: %ld kB (VmRSS, largest seen)\n", rss);
	return 0;
}
